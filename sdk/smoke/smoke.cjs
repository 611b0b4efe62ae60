// Smoke test of the installed @licensehub/sdk package through require() (CommonJS).
// Same environment as smoke.mjs.
const assert = require('node:assert/strict');
const { LicenseHubClient, LicenseTokenVerifier, decideFromToken } = require('@licensehub/sdk');
const { licenseGuardExpress } = require('@licensehub/sdk/express');
const { licenseGuardFastify } = require('@licensehub/sdk/fastify');

async function main() {
  const baseUrl = process.env.LICENSEHUB_URL;
  const tenantId = process.env.TENANT_ID;
  const appModule = process.env.APP_MODULE;
  const client = new LicenseHubClient({ baseUrl, runtimeKey: process.env.LICENSEHUB_RUNTIME_KEY });
  const decision = await client.check({ tenantId, user: process.env.LICENSED_USER, appModule });
  assert.equal(decision.licensed, true);
  const [a, b] = await client.checkMany([
    { tenantId, user: process.env.LICENSED_USER, appModule },
    { tenantId, user: process.env.UNLICENSED_USER, appModule },
  ]);
  assert.deepEqual([a.licensed, b.licensed], [true, false]);
  const issued = await client.issueToken({ tenantId, user: process.env.LICENSED_USER, appModule });
  const verifier = new LicenseTokenVerifier({ issuer: baseUrl, jwksUrl: `${baseUrl}/.well-known/jwks.json`, audience: appModule });
  assert.equal(decideFromToken(await verifier.verify(issued.token), appModule).licensed, true);
  assert.equal(typeof licenseGuardExpress({ client, appModule, resolveUser: () => undefined }), 'function');
  assert.equal(typeof licenseGuardFastify({ client, appModule, resolveUser: () => undefined }), 'function');
  process.stdout.write('CommonJS smoke test passed: require, check, batch, offline token, both guards load\n');
}
main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
