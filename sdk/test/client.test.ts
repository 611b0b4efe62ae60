import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LicenseHubClient, LicenseHubError, type CheckRequest } from '../src/index.js';
import { countingFetch } from './countingFetch.js';
import { startLicenseHub, type LicenseHubServer } from './licenseHubServer.js';

let server: LicenseHubServer;
before(async () => {
  server = await startLicenseHub();
});
after(() => server.stop());

const clientFor = (runtimeKey: string, options: Partial<ConstructorParameters<typeof LicenseHubClient>[0]> = {}) =>
  new LicenseHubClient({ baseUrl: server.baseUrl, runtimeKey, ...options });

describe('check', () => {
  test('a user with a seat is licensed, by id or by user principal name in any case', async () => {
    const { publisher, customer } = server.fixture;
    const client = clientFor(publisher.runtimeKey);
    const byId = await client.check({ tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold });
    assert.equal(byId.licensed, true);
    assert.equal(byId.code, 'LICENSED');
    assert.equal(byId.source, 'server');
    assert.deepEqual(byId.plans, [publisher.app.plans.gold.serviceId]);

    const byName = await client.check({
      tenantId: customer.tenantId,
      user: customer.users.gold.userPrincipalName.toUpperCase(),
      appModule: publisher.app.modules.gold,
    });
    assert.equal(byName.code, 'LICENSED');
  });

  test('a license through a nested group counts', async () => {
    const { publisher, customer } = server.fixture;
    const decision = await clientFor(publisher.runtimeKey).check({
      tenantId: customer.tenantId,
      user: customer.users.silverThroughGroup.id,
      appModule: publisher.app.modules.silver,
    });
    assert.equal(decision.code, 'LICENSED');
    assert.deepEqual(decision.plans, [publisher.app.plans.silver.serviceId]);
  });

  test('a user without a license is refused with the plans that would grant the module', async () => {
    const { publisher, customer } = server.fixture;
    const decision = await clientFor(publisher.runtimeKey).check({
      tenantId: customer.tenantId,
      user: customer.users.unassigned.id,
      appModule: publisher.app.modules.silver,
    });
    assert.equal(decision.licensed, false);
    assert.equal(decision.code, 'NOT_ASSIGNED');
    assert.match(decision.detail, /Field Ops Gold or Field Ops Silver/);
    const { gold, silver } = publisher.app.plans;
    assert.deepEqual(
      decision.requiredPlans,
      [gold, silver].map((p) => ({ serviceId: p.serviceId, displayName: p.displayName, moreInfoUrl: p.moreInfoUrl })),
    );
  });

  test('every refusal names its reason', async () => {
    const { publisher, customer, customerWithoutInstall } = server.fixture;
    const client = clientFor(publisher.runtimeKey);
    const { modules } = publisher.app;
    const code = async (request: CheckRequest) => (await client.check(request)).code;
    assert.equal(await code({ tenantId: customer.tenantId, user: customer.users.disabled.id, appModule: modules.gold }), 'USER_DISABLED');
    assert.equal(await code({ tenantId: customer.tenantId, user: customer.users.beyondSeatCount.id, appModule: modules.gold }), 'NOT_ENOUGH_LICENSES');
    assert.equal(await code({ tenantId: customer.tenantId, user: 'nobody@nowhere.example', appModule: modules.gold }), 'UNKNOWN_USER');
    assert.equal(await code({ tenantId: customer.tenantId, user: customer.users.gold.id, appModule: 'no_such_module' }), 'UNKNOWN_APP_MODULE');
    assert.equal(await code({ tenantId: customerWithoutInstall.tenantId, user: customerWithoutInstall.users.gold.id, appModule: modules.gold }), 'APP_NOT_INSTALLED');
    assert.equal(await code({ tenantId: customer.tenantId, user: customer.users.unassigned.id, appModule: modules.viewer }), 'NO_LICENSE_REQUIRED');
  });

  test("another publisher's runtime key is refused with a typed 403", async () => {
    const { publisher, otherPublisher, customer } = server.fixture;
    const client = clientFor(otherPublisher.runtimeKey);
    const error = await client.check({ tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold }).then(
      () => assert.fail('expected a LicenseHubError'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof LicenseHubError);
    assert.equal(error.status, 403);
    assert.equal(error.title, 'Forbidden');
    assert.match(error.detail, /belongs to another publisher/);
  });

  test('an invalid runtime key is a 401 and a malformed tenant ID a 400 naming the field', async () => {
    const { publisher, customer } = server.fixture;
    await assert.rejects(
      clientFor('lh_nothing_here').check({ tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold }),
      (e: unknown) => e instanceof LicenseHubError && e.status === 401 && /invalid, expired or revoked/.test(e.detail),
    );
    await assert.rejects(
      clientFor(publisher.runtimeKey).check({ tenantId: 'not-a-guid', user: customer.users.gold.id, appModule: publisher.app.modules.gold }),
      (e: unknown) => e instanceof LicenseHubError && e.status === 400 && e.errors.some((f) => f.field === 'tenantId'),
    );
  });
});

describe('checkMany', () => {
  test('answers in the order asked', async () => {
    const { publisher, customer } = server.fixture;
    const { modules } = publisher.app;
    const { users } = customer;
    const requests: CheckRequest[] = [
      { tenantId: customer.tenantId, user: users.unassigned.id, appModule: modules.gold },
      { tenantId: customer.tenantId, user: users.gold.id, appModule: modules.gold },
      { tenantId: customer.tenantId, user: users.disabled.id, appModule: modules.gold },
      { tenantId: customer.tenantId, user: users.unassigned.id, appModule: modules.viewer },
      { tenantId: customer.tenantId, user: users.beyondSeatCount.id, appModule: modules.gold },
    ];
    const decisions = await clientFor(publisher.runtimeKey).checkMany(requests);
    assert.deepEqual(
      decisions.map((d) => d.code),
      ['NOT_ASSIGNED', 'LICENSED', 'USER_DISABLED', 'NO_LICENSE_REQUIRED', 'NOT_ENOUGH_LICENSES'],
    );
  });

  test('splits more than 1000 checks into batches and keeps the order across them', async () => {
    const { publisher, customer } = server.fixture;
    const counter = countingFetch();
    const client = clientFor(publisher.runtimeKey, { fetch: counter.fetch, cacheSize: 0 });
    const licensed = { tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold };
    const refused = { tenantId: customer.tenantId, user: customer.users.unassigned.id, appModule: publisher.app.modules.gold };
    const requests = Array.from({ length: 1500 }, (_, i) => (i % 7 === 3 ? licensed : refused));
    const decisions = await client.checkMany(requests);
    assert.equal(decisions.length, 1500);
    decisions.forEach((d, i) => assert.equal(d.licensed, i % 7 === 3, `check ${i}`));
    assert.deepEqual(counter.paths, ['/api/v1/runtime/check/batch', '/api/v1/runtime/check/batch']);
  });

  test('sends only the checks the cache cannot answer, and nothing for an empty list', async () => {
    const { publisher, customer } = server.fixture;
    const counter = countingFetch();
    const client = clientFor(publisher.runtimeKey, { fetch: counter.fetch });
    const warm = { tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold };
    await client.check(warm);
    const decisions = await client.checkMany([warm, { ...warm, appModule: publisher.app.modules.viewer }]);
    assert.deepEqual(
      decisions.map((d) => [d.code, d.source]),
      [
        ['LICENSED', 'cache'],
        ['NO_LICENSE_REQUIRED', 'server'],
      ],
    );
    assert.deepEqual(await client.checkMany([]), []);
    assert.deepEqual(counter.paths, ['/api/v1/runtime/check', '/api/v1/runtime/check/batch']);
  });
});

describe('cache', () => {
  test('a repeated check is answered from the cache until the TTL passes', async () => {
    const { publisher, customer } = server.fixture;
    const counter = countingFetch();
    let now = 1_000_000;
    const client = clientFor(publisher.runtimeKey, { fetch: counter.fetch, cacheTtlMs: 30_000, now: () => now });
    const request = { tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold };
    assert.equal((await client.check(request)).source, 'server');
    now += 29_000;
    const cached = await client.check(request);
    assert.equal(cached.source, 'cache');
    assert.equal(cached.code, 'LICENSED');
    now += 2_000;
    assert.equal((await client.check(request)).source, 'server');
    assert.equal(counter.paths.length, 2);
  });

  test('the least recently used answer is evicted first when the cache is full', async () => {
    const { publisher, customer } = server.fixture;
    const counter = countingFetch();
    const client = clientFor(publisher.runtimeKey, { fetch: counter.fetch, cacheSize: 2 });
    const ask = (user: string) => client.check({ tenantId: customer.tenantId, user, appModule: publisher.app.modules.gold });
    const { gold, unassigned, disabled } = customer.users;
    await ask(gold.id);
    await ask(unassigned.id);
    await ask(gold.id); // gold is now the most recently used
    await ask(disabled.id); // evicts unassigned
    assert.equal((await ask(gold.id)).source, 'cache');
    assert.equal((await ask(unassigned.id)).source, 'server');
  });

  test('clearCache forgets every answer', async () => {
    const { publisher, customer } = server.fixture;
    const client = clientFor(publisher.runtimeKey);
    const request = { tenantId: customer.tenantId, user: customer.users.gold.id, appModule: publisher.app.modules.gold };
    await client.check(request);
    client.clearCache();
    assert.equal((await client.check(request)).source, 'server');
  });
});
