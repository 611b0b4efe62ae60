import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import { createExampleApp } from '../../examples/sdk-express-app/src/app.js';
import { LicenseHubClient, LicenseTokenVerifier } from '../src/index.js';
import { startLicenseHub, type LicenseHubServer } from './licenseHubServer.js';

/** The example in examples/sdk-express-app works against a real LicenseHub. */

let server: LicenseHubServer;
let example: Server;
let exampleUrl: string;
before(async () => {
  server = await startLicenseHub();
  const { publisher } = server.fixture;
  const app = createExampleApp({
    client: new LicenseHubClient({ baseUrl: server.baseUrl, runtimeKey: publisher.runtimeKey }),
    verifier: new LicenseTokenVerifier({ issuer: server.issuer, jwksUrl: server.jwksUrl, audience: publisher.app.modules.gold, now: () => server.clock.now() }),
    appModule: publisher.app.modules.gold,
  });
  example = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => example.once('listening', resolve));
  exampleUrl = `http://127.0.0.1:${(example.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((resolve) => example.close(resolve));
  await server.stop();
});

const as = (user: { id: string }) => ({ 'x-tenant-id': server.fixture.customer.tenantId, 'x-user': user.id });

test('the work orders API answers licensed users and refuses others with the plans to ask for', async () => {
  const { users } = server.fixture.customer;
  const licensed = await fetch(`${exampleUrl}/api/work-orders`, { headers: as(users.gold) });
  assert.equal(licensed.status, 200);
  const body = await licensed.json();
  assert.deepEqual(body.licensedBy, [server.fixture.publisher.app.plans.gold.serviceId]);
  assert.equal(body.workOrders.length, 2);

  const refused = await fetch(`${exampleUrl}/api/work-orders`, { headers: as(users.unassigned) });
  assert.equal(refused.status, 403);
  assert.equal((await refused.json()).requiredPlans[0].displayName, 'Field Ops Gold');
});

test('the launch entrance lets in a user with a license token and no one without', async () => {
  const { publisher, customer } = server.fixture;
  const client = new LicenseHubClient({ baseUrl: server.baseUrl, runtimeKey: publisher.runtimeKey });
  const { token } = await client.issueToken({ tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold });
  const launched = await fetch(`${exampleUrl}/app?license_token=${token}`);
  assert.equal(launched.status, 200);
  assert.match(await launched.text(), /You are licensed through .*\.fieldops\.gold/);
  assert.equal((await fetch(`${exampleUrl}/app`)).status, 401);
});
