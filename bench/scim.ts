import { createTestApp } from '../test/support/testApp.js';
import { customerWithLicenses } from '../test/support/licensingFactories.js';

/**
 * `node --import tsx bench/scim.ts [users] [concurrency]`: the SCIM request
 * rate one tenant sustains, over real HTTP on the embedded database, with the
 * mix Entra ID sends while provisioning a cycle: look the person up by
 * userName, create them, patch attributes, add them to a group, and at the
 * end disable them (which releases seats through the reallocation path). The
 * tenant holds a product, so every membership change and every disable
 * reallocates seats. Microsoft asks gallery apps for ≥ 25 requests/s per
 * tenant. The baseline, measured in the same run on the same server, is GET
 * /healthz: the rate of a request that does nothing.
 */
const USERS = Number(process.argv[2] ?? 60);
const CONCURRENCY = Number(process.argv[3] ?? 4);
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

async function main() {
  const t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // Half as many seats as people: the disables at the end hand seats to those waiting.
  const { customer, plan } = await customerWithLicenses(t.app, Math.max(1, Math.floor(USERS / 2)));
  const token = (await customer.admin.post(`/api/v1/tenants/${customer.id}/scim/tokens`, { name: 'bench' })).json().token as string;
  const base = `${origin}/scim/v2/${customer.id}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' };
  let requests = 0;
  let failures = 0;
  const timings = new Map<string, number[]>();
  const call = async (method: string, path: string, body?: unknown) => {
    const began = performance.now();
    const response = await fetch(`${base}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
    requests++;
    const text = await response.text();
    if (response.status >= 400) {
      failures++;
      if (failures < 5) process.stderr.write(`${method} ${path}: ${response.status} ${text}\n`);
    }
    const kind = `${method} ${path.split('?')[0]!.replace(/[0-9a-f-]{36}/, ':id')}`;
    timings.set(kind, [...(timings.get(kind) ?? []), performance.now() - began]);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };

  const group = await call('POST', '/Groups', { schemas: [GROUP], displayName: 'Provisioned' });
  await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/assign`, { groupIds: [group.id] });

  // Baseline: the same server answering /healthz over the same connection pool.
  const baselineStart = performance.now();
  for (let i = 0; i < 200; i++) await (await fetch(`${origin}/healthz`)).text();
  const baseline = 200 / ((performance.now() - baselineStart) / 1000);

  const ids: string[] = [];
  let next = 0;
  const started = performance.now();
  async function worker() {
    for (;;) {
      const i = next++;
      if (i >= USERS) return;
      const userName = `person${i}@${customer.domain}`;
      await call('GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
      const user = await call('POST', '/Users', { schemas: [USER], userName, externalId: `ext-${i}`, active: true, name: { givenName: 'Person', familyName: String(i) }, emails: [{ primary: true, type: 'work', value: userName }] });
      const id = user.id as string;
      ids.push(id);
      await call('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'Replace', path: 'name.familyName', value: `No. ${i}` }, { op: 'Add', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: 'Sales' }] });
      await call('PATCH', `/Groups/${group.id as string}`, { schemas: [PATCH], Operations: [{ op: 'Add', path: 'members', value: [{ value: id }] }] });
      await call('GET', `/Users/${id}`);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  let d = 0;
  async function disabler() {
    for (;;) {
      const id = ids[d++];
      if (!id) return;
      await call('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] });
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, disabler));
  const seconds = (performance.now() - started) / 1000;
  const rate = requests / seconds;
  process.stdout.write(
    `\nSCIM provisioning, one tenant, embedded database, ${CONCURRENCY} concurrent requests\n` +
      `| figure | value |\n| --- | --- |\n` +
      `| requests (lookup, create, patch, add to group, read; then disable) | ${requests} in ${seconds.toFixed(1)} s, ${failures} failed |\n` +
      `| SCIM requests per second | ${rate.toFixed(1)} (target ≥ 25) |\n` +
      `| baseline: GET /healthz per second, same server | ${baseline.toFixed(0)} |\n` +
      [...timings].map(([kind, ms]) => `| ${kind}: mean ms | ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1)} |`).join('\n') +
      '\n',
  );
  await t.app.close();
  await t.database.close();
  if (failures > 0 || rate < 25) process.exitCode = 1;
}

void main();
