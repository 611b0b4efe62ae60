import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, signInAs } from '../../../../test/support/factories.js';
import { licensedCustomer } from '../../../../test/support/runtimeFixtures.js';

interface MyApp {
  appModule: { uniqueName: string; displayName: string };
  offer: { id: string; name: string; publisherName: string; hasLaunchUrl: boolean };
  decision: { licensed: boolean; code: string; detail: string; requiredPlans: { displayName: string }[] };
  launchPath: string;
  request: { status: string; decisionNote: string } | null;
}

describe('My apps: the apps installed in the user’s organization', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  before(async () => {
    t = await createTestApp();
    f = await licensedCustomer(t.app, 2);
  });
  after(() => t.close());

  const path = () => `/api/v1/tenants/${f.customer.id}/my-apps`;
  const byModule = (items: MyApp[], name: string) => items.find((item) => item.appModule.uniqueName === name)!;

  test('signed out: 401; another organization: refused without a word about this one', async () => {
    assert.equal((await anonymous(t.app).get(path())).statusCode, 401);
    const other = await createTenant(t.app);
    const refused = await other.admin.get(path());
    assert.ok([403, 404].includes(refused.statusCode), refused.body);
    assert.doesNotMatch(refused.body, new RegExp(f.offer.name));
  });

  test('a licensed user may open the licensed module and the free one; the other plan’s module says why not', async () => {
    const user = await signInAs(t.app, f.licensed);
    const answer = await user.get(path());
    assert.equal(answer.statusCode, 200, answer.body);
    const items = answer.json().items as MyApp[];
    assert.equal(items.length, 3, 'gold, silver and the free module of the installed offer');
    const gold = byModule(items, f.plan.appModule);
    assert.deepEqual([gold.decision.licensed, gold.decision.code], [true, 'LICENSED']);
    assert.equal(gold.launchPath, `/launch/${f.customer.id}/${f.plan.appModule}`);
    assert.equal(gold.offer.name, f.offer.name);
    const free = byModule(items, f.offer.freeAppModule);
    assert.deepEqual([free.decision.licensed, free.decision.code, free.decision.requiredPlans.length], [true, 'NO_LICENSE_REQUIRED', 0]);
    const silver = byModule(items, f.offer.plans[1]!.appModule);
    assert.deepEqual([silver.decision.licensed, silver.decision.code], [false, 'NOT_ASSIGNED']);
    assert.deepEqual(silver.decision.requiredPlans.map((p) => p.displayName), [f.offer.plans[1]!.name]);
  });

  test('an unlicensed user sees their request and its outcome; looking claims no seat', async () => {
    const user = await signInAs(t.app, f.unlicensed);
    const before = (await user.get(path())).json().items as MyApp[];
    assert.equal(byModule(before, f.plan.appModule).request, null);
    assert.equal(byModule(before, f.plan.appModule).decision.code, 'NOT_ASSIGNED');
    const created = await user.post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule, message: 'For the audit team' });
    assert.equal(created.statusCode, 201, created.body);
    const pending = byModule((await user.get(path())).json().items, f.plan.appModule);
    assert.equal(pending.request?.status, 'pending');
    assert.equal((await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/license-requests/${created.json().id}/decline`, { note: 'Ask in January' })).statusCode, 204);
    const declined = byModule((await user.get(path())).json().items, f.plan.appModule);
    assert.deepEqual([declined.request?.status, declined.request?.decisionNote], ['declined', 'Ask in January']);
    const products = (await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/licenses`)).json().items as { id?: string; planId: string; assigned: number }[];
    const gold = products.find((p) => p.planId === f.plan.id || p.id === f.plan.id);
    assert.equal(gold?.assigned, 1, 'listing My apps took no seat');
  });

  test('an organization with nothing installed gets an empty list', async () => {
    const empty = await createTenant(t.app);
    const answer = await empty.admin.get(`/api/v1/tenants/${empty.id}/my-apps`);
    assert.equal(answer.statusCode, 200);
    assert.deepEqual(answer.json().items, []);
  });
});
