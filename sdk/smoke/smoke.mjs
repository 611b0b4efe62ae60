// Smoke test of the installed @licensehub/sdk package (ES modules), against a real LicenseHub.
// Run by scripts/sdk-smoke.mjs from an empty project where only the tarball, express and
// fastify are installed. Environment: LICENSEHUB_URL, LICENSEHUB_RUNTIME_KEY, TENANT_ID,
// LICENSED_USER, UNLICENSED_USER, APP_MODULE.
import assert from 'node:assert/strict';
import express from 'express';
import Fastify from 'fastify';
import { LicenseHubClient, LicenseTokenVerifier, decideFromToken } from '@licensehub/sdk';
import { licenseGuardExpress } from '@licensehub/sdk/express';
import { licenseGuardFastify } from '@licensehub/sdk/fastify';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const baseUrl = env('LICENSEHUB_URL');
const tenantId = env('TENANT_ID');
const appModule = env('APP_MODULE');
const licensed = { tenantId, user: env('LICENSED_USER') };
const unlicensed = { tenantId, user: env('UNLICENSED_USER') };
const client = new LicenseHubClient({ baseUrl, runtimeKey: env('LICENSEHUB_RUNTIME_KEY') });

// check
const yes = await client.check({ ...licensed, appModule });
assert.equal(yes.licensed, true, JSON.stringify(yes));
const no = await client.check({ ...unlicensed, appModule });
assert.equal(no.licensed, false);
assert.ok(no.requiredPlans.length > 0, 'a refusal names the plans that would grant the app');

// batch
const many = await client.checkMany([
  { ...licensed, appModule },
  { ...unlicensed, appModule },
  { tenantId, user: 'nobody@nowhere.example', appModule },
]);
assert.deepEqual(many.map((d) => d.licensed), [true, false, false]);
assert.equal(many[2].code, 'UNKNOWN_USER');

// offline token
const issued = await client.issueToken({ ...licensed, appModule });
assert.ok(issued.token, 'a licensed user gets a license token');
const verifier = new LicenseTokenVerifier({ issuer: baseUrl, jwksUrl: `${baseUrl}/.well-known/jwks.json`, audience: appModule });
const claims = await verifier.verify(issued.token);
assert.equal(decideFromToken(claims, appModule).licensed, true);

// both guards, over HTTP
const resolveUser = (headers) => (headers['x-user'] ? { tenantId, user: headers['x-user'] } : undefined);
async function guarded(listen) {
  const { url, close } = await listen();
  try {
    const as = (user) => fetch(`${url}/work`, { headers: user ? { 'x-user': user } : {} }).then((r) => r.status);
    assert.equal(await as(licensed.user), 200);
    assert.equal(await as(unlicensed.user), 403);
    assert.equal(await as(undefined), 401);
  } finally {
    await close();
  }
}
await guarded(async () => {
  const app = express();
  app.get('/work', licenseGuardExpress({ client, appModule, resolveUser: (req) => resolveUser(req.headers) }), (_req, res) => res.json({ ok: true }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
});
await guarded(async () => {
  const app = Fastify();
  app.get('/work', { preHandler: licenseGuardFastify({ client, appModule, resolveUser: (request) => resolveUser(request.headers) }) }, async () => ({ ok: true }));
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
});
process.stdout.write('ES module smoke test passed: check, batch, offline token, Express and Fastify guards\n');
