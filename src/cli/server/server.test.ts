import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../main.js';
import { createTestApp, type TestApp } from '../../../test/support/testApp.js';
import { createTenant, type TenantFixture } from '../../../test/support/factories.js';
import { approvePublisher, buildPackage, PNG_LOGO } from '../../../test/support/partnerFactories.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/solution-gold-silver-bronze/', import.meta.url));

/**
 * The server commands against the real server, listening on a port, driven
 * through global fetch exactly as a publisher's shell or CI would.
 */
describe('licensehub server commands', () => {
  let t: TestApp;
  let server: string;
  let work: string;
  let publisher: TenantFixture;
  let token: string;

  before(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    server = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
    work = await mkdtemp(join(tmpdir(), 'licensehub-cli-server-'));
    publisher = await createTenant(t.app, { isPublisher: true });
    const created = await publisher.admin.post('/api/v1/auth/tokens', { name: 'cli', scopes: ['partner.read', 'partner.write'] });
    token = created.json().token;
  });
  after(async () => {
    await t.close();
    await rm(work, { recursive: true, force: true });
  });

  /** Runs the real CLI in-process with its config in the temp folder. */
  async function cli(argv: string[], options: { env?: Record<string, string>; tty?: boolean } = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      cwd: work,
      env: { LICENSEHUB_CONFIG_DIR: join(work, 'config'), ...options.env },
      stdout: { write: (text) => void (stdout += text), isTTY: false },
      stderr: { write: (text) => void (stderr += text), isTTY: options.tty ?? false, columns: 120 },
    });
    return { code, stdout, stderr };
  }

  test('without login the commands say how to log in', async () => {
    const result = await cli(['offers', 'list']);
    assert.deepEqual([result.code, result.stderr], [1, 'error: Not logged in: run "licensehub login --server <url> --token <API token>", or set LICENSEHUB_SERVER and LICENSEHUB_TOKEN\n']);
  });

  test('login checks the token and remembers it, readable by its owner only', async () => {
    const bad = await cli(['login', '--server', server, '--token', 'lh_not_a_real_token']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /refused the API token: The API token is invalid, expired or revoked/);
    const unreachable = await cli(['login', '--server', 'http://127.0.0.1:9', '--token', token]);
    assert.equal(unreachable.code, 1);
    assert.match(unreachable.stderr, /Cannot reach http:\/\/127\.0\.0\.1:9/);
    assert.equal((await stat(join(work, 'config', 'config.json')).catch(() => null)), null, 'nothing saved after a failed login');

    const ok = await cli(['login', '--server', `${server}/`, '--token', token]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, new RegExp(`Logged in to ${server} as Admin [0-9a-f]+ \\(admin@${publisher.domain}\\) of ${publisher.name}`));
    const path = join(work, 'config', 'config.json');
    assert.deepEqual(JSON.parse(await readFile(path, 'utf8')), { server, token });
    assert.equal((await stat(path)).mode & 0o777, 0o600);
  });

  test('from an empty publisher to a published Russian-doll offer with the CLI alone', async () => {
    await cli(['login', '--server', server, '--token', token]);
    const applied = await cli(['program', 'apply', '--publisher-id', 'fabrikam', '--partner-id', '4412001', '--accept-marketplace-agreement']);
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /Partner program: pending\nPublisher ID: fabrikam\nPartner ID: 4412001\n {2}\[x\] Partner ID/);
    assert.match(applied.stdout, /\[ \] Partner program approval: Your partner program application is waiting/);

    const early = await cli(['offers', 'create', 'fieldops', '--name', 'Fabrikam Field Ops', '--license-management']);
    assert.equal(early.code, 1);
    assert.match(early.stderr, /App license management can't be enabled until every prerequisite is met\. Missing: Partner program approval/);
    await approvePublisher(t.app, publisher);

    const invalid = await cli(['offers', 'create', 'Field Ops', '--name', 'X']);
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /^error: offerKey: Offer key "Field Ops" may contain only lowercase letters[^\n]*\.\n$/, 'the problem detail, as a sentence');

    const created = await cli([
      'offers', 'create', 'fieldops', '--name', 'Fabrikam Field Ops', '--license-management',
      '--summary', 'Work orders in the field', '--description', 'Plan visits and dispatch technicians.',
      '--category', 'field-service', '--category', 'operations',
      '--support-url', 'https://www.fabrikam.com/support', '--privacy-url', 'https://www.fabrikam.com/privacy', '--launch-url', 'https://apps.fabrikam.com/fieldops',
    ]);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /^Created offer fieldops \(Fabrikam Field Ops, [0-9a-f]{8}-[0-9a-f-]{27}\), managed, draft\n$/);
    await writeFile(join(work, 'logo.png'), PNG_LOGO);
    assert.equal((await cli(['offers', 'logo', 'fieldops', 'logo.png'])).code, 0);
    for (const [planId, name] of [['gold', 'Field Ops Gold'], ['silver', 'Field Ops Silver'], ['bronze', 'Field Ops Bronze']] as const) {
      const added = await cli(['plans', 'add', 'fieldops', planId, '--name', name]);
      assert.equal(added.stdout, `Added plan ${planId} (${name}); Service ID: fabrikam.fieldops.${planId}\n`);
    }

    const notYet = await cli(['offers', 'publish', 'fieldops']);
    assert.equal(notYet.code, 1);
    assert.equal(
      notYet.stderr,
      'package: Upload a solution package: customers install it\nerror: Offer fieldops has 1 problem to fix before publishing: Upload a solution package: customers install it.\n',
    );

    // A package whose license metadata doesn't fit the offer: every problem, with where it is.
    const wrong = buildPackage({ publisherId: 'fabrikam', offerKey: 'fieldops', plans: ['gold', 'platinum'], appModules: ['fab_gold'], mappings: { gold: ['fab_gold', 'fab_ghost'] } });
    await writeFile(join(work, 'wrong.zip'), wrong);
    const refused = await cli(['packages', 'upload', 'fieldops', 'wrong.zip']);
    assert.equal(refused.code, 1);
    assert.deepEqual(refused.stderr.trim().split('\n'), [
      'license.json: servicePlans[1].serviceId: Service ID "fabrikam.fieldops.platinum" is not a plan of this offer; its plans are: fabrikam.fieldops.bronze, fabrikam.fieldops.gold, fabrikam.fieldops.silver',
      'license.json: mappings[1].appModule: The AppModule with the given UniqueName fab_ghost was not found',
      'license.json: servicePlans[1].serviceId: warning: Plan fabrikam.fieldops.platinum is not mapped to any app module, so its licenses unlock nothing; add a mapping or remove the plan',
      'error: The package has 2 problems: Service ID "fabrikam.fieldops.platinum" is not a plan of this offer; its plans are: fabrikam.fieldops.bronze, fabrikam.fieldops.gold, fabrikam.fieldops.silver; The AppModule with the given UniqueName fab_ghost was not found. The server did not store the package.',
    ]);

    const solution = join(work, 'solution');
    await cp(EXAMPLE, solution, { recursive: true });
    const packed = await cli(['solution', 'pack', '--solution', 'solution', '--out', 'fieldops.zip']);
    assert.equal(packed.code, 0, packed.stderr);
    const uploaded = await cli(['packages', 'upload', 'fieldops', 'fieldops.zip', '--publish'], { tty: true });
    assert.equal(uploaded.code, 0, uploaded.stderr);
    assert.match(uploaded.stderr, /\rUploading █+ 100% /, 'a progress bar on a terminal');
    assert.match(uploaded.stdout, /^Uploaded FabrikamFieldOps 1\.0\.0\.0 \(\d+(\.\d)? (B|KiB)\) to offer fieldops; it is the current package\nPublished offer fieldops with package 1\.0\.0\.0\n$/);

    const list = await cli(['offers', 'list']);
    assert.deepEqual(list.stdout.split('\n').slice(0, 2).map((line) => line.split(/\s{2,}/)), [
      ['OFFER KEY', 'STATUS', 'LICENSING', 'PACKAGE', 'NAME'],
      ['fieldops', 'published', 'managed', '1.0.0.0', 'Fabrikam Field Ops'],
    ]);
    const shown = await cli(['offers', 'show', 'fieldops']);
    assert.match(shown.stdout, /Fabrikam Field Ops \(fieldops, [0-9a-f-]{36}\) — published/);
    assert.match(shown.stdout, /gold\s+fabrikam\.fieldops\.gold\s+0\s+Field Ops Gold/);
    assert.match(shown.stdout, /Ready to publish\n$/);
    const json = JSON.parse((await cli(['offers', 'show', 'fieldops', '--json'])).stdout);
    assert.deepEqual([json.offer.status, json.plans.length, json.publishCheck.ready], ['published', 3, true]);
    assert.match((await cli(['packages', 'list', 'fieldops'])).stdout, /^1\.0\.0\.0 {2}FabrikamFieldOps .* \(current, published\)\n$/);

    const again = await cli(['packages', 'upload', 'fieldops', 'fieldops.zip']);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /solution\.json: version: Version 1\.0\.0\.0 must be greater than the offer's current package version 1\.0\.0\.0/);
  });

  test('LICENSEHUB_SERVER and LICENSEHUB_TOKEN override the saved login', async () => {
    const env = { LICENSEHUB_CONFIG_DIR: join(work, 'nowhere'), LICENSEHUB_SERVER: server, LICENSEHUB_TOKEN: token };
    const listed = await cli(['offers', 'list', '--json'], { env });
    assert.equal(listed.code, 0, listed.stderr);
    assert.ok(Array.isArray(JSON.parse(listed.stdout)));
    const wrong = await cli(['offers', 'list'], { env: { ...env, LICENSEHUB_TOKEN: 'lh_wrong' } });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /refused the API token/);
  });

  test('a token without the partner scopes is told which scope it lacks', async () => {
    const readOnly = (await publisher.admin.post('/api/v1/auth/tokens', { name: 'read', scopes: ['partner.read'] })).json().token;
    const result = await cli(['offers', 'create', 'another', '--name', 'Another'], { env: { LICENSEHUB_SERVER: server, LICENSEHUB_TOKEN: readOnly } });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /lacks the "partner\.write" scope/);
  });

  test('every refusal prints the problem detail as a sentence; an answer that is no problem says what came back', async () => {
    const env = { LICENSEHUB_SERVER: server, LICENSEHUB_TOKEN: token };
    const missing = await cli(['plans', 'list', 'nope'], { env });
    assert.deepEqual([missing.code, missing.stderr], [1, 'error: Offer nope was not found.\n']);

    const proxy = createServer((_, response) => response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const behindProxy = await cli(['offers', 'list'], { env: { ...env, LICENSEHUB_SERVER: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` } });
      assert.deepEqual([behindProxy.code, behindProxy.stderr], [1, 'error: The server answered HTTP 502 Bad Gateway without saying why.\n']);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  test('a package over the upload limit is refused before it is sent', async () => {
    await cli(['login', '--server', server, '--token', token]);
    await writeFile(join(work, 'huge.zip'), Buffer.alloc(21 * 1024 * 1024));
    const result = await cli(['packages', 'upload', 'fieldops', 'huge.zip']);
    assert.deepEqual([result.code, result.stderr], [1, 'error: huge.zip is 21.0 MiB; the server takes packages of at most 20.0 MiB\n']);
  });
});
