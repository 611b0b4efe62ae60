import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createTestApp, type TestApp } from '../../test/support/testApp.js';
import { createGroup, createUser, type TenantFixture } from '../../test/support/factories.js';
import { customerWithLicenses, type PlanFixture } from '../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../test/support/seatInvariants.js';

/**
 * Assignments run on the command thread (src/workers/commandThread.ts). What must hold: the check
 * right after the answer sees the change (the main thread applied it), problems come back as the
 * main thread would raise them, and a command thread that stops mid-change leaves nothing written,
 * answers 503, and gives the database back, on the embedded database and on PostgreSQL alike.
 */
describe('the command thread', () => {
  let t: TestApp;
  let customer: TenantFixture;
  let plan: PlanFixture;
  before(async () => {
    t = await createTestApp();
    ({ customer, plan } = await customerWithLicenses(t.app, 2));
  });
  after(() => t.close());
  const base = () => `/api/v1/tenants/${customer.id}/licenses/${plan.id}`;
  const assigned = async () => (await customer.admin.get(base())).json().assigned as number;

  test('an assignment made there is in the index when the answer comes', async () => {
    const user = await createUser(customer);
    const answer = await customer.admin.post(`${base()}/assign`, { userIds: [user.id] });
    assert.equal(answer.statusCode, 200, answer.body);
    assert.ok(answer.headers['licensehub-revision'], 'the change carries its revision');
    const held = t.app.entitlements.index.findUser(customer.id, user.id);
    assert.ok(held, 'the main thread applied the change before answering');
    assert.equal(t.app.commandThread.completed > 0, true, 'the command ran on the command thread');
    assert.equal((await customer.admin.post(`${base()}/unassign`, { userIds: [user.id] })).statusCode, 200);
  });

  test("a command's problem comes back as the same problem+json", async () => {
    const users = [await createUser(customer), await createUser(customer), await createUser(customer)];
    const refused = await customer.admin.post(`${base()}/assign`, { userIds: users.map((u) => u.id) });
    assert.equal(refused.statusCode, 409, refused.body);
    assert.match(String(refused.headers['content-type']), /application\/problem\+json/);
    assert.match(refused.json().detail, /licen/i);
    assert.equal(await assigned(), 0, 'nothing assigned');
  });

  test('stopping mid-change: 503 with Retry-After, nothing written, the database given back', async () => {
    const group = await createGroup(customer);
    const member = await createUser(customer);
    assert.equal((await customer.admin.post(`/api/v1/tenants/${customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: member.id })).statusCode, 204);
    const stall = await stallDatabase(t);
    try {
      const answer = customer.admin.post(`${base()}/assign`, { groupIds: [group.id] });
      // The command is on the thread, waiting for the stalled database, when the thread stops.
      while (t.app.commandThread.running === 0) await sleep(10);
      await sleep(100);
      await t.app.commandThread.stopForTests();
      const stopped = await answer;
      assert.equal(stopped.statusCode, 503, stopped.body);
      assert.ok(stopped.headers['retry-after']);
    } finally {
      await stall.release();
    }
    const thread = t.app.database.thread;
    if (thread) {
      // Outside a transaction every statement is one, with an id of its own; inside one they share it.
      const xid = async () => ((await thread.query('select pg_current_xact_id()::text as xid', [])).rows[0] as { xid: string }).xid;
      assert.notEqual(await xid(), await xid(), 'no transaction of the stopped thread is left open on the one connection');
    }
    assert.equal(await assigned(), 0, 'nothing of the stopped change was written');
    const again = await customer.admin.post(`${base()}/assign`, { groupIds: [group.id] });
    assert.equal(again.statusCode, 200, `a new thread takes the next change: ${again.body}`);
    assert.equal(await assigned(), 1);
    await assertSeatInvariants(t.app, customer.id, plan.id);
    assert.equal((await customer.admin.post(`${base()}/unassign`, { groupIds: [group.id] })).statusCode, 200);
  });
});

/**
 * Keeps the command's statements waiting: on the embedded database, its thread busy with a sleep
 * queued just before the database is lent to the command (sent past the turn, as a backup's
 * checkpoint is); on PostgreSQL, the products table locked.
 */
async function stallDatabase(t: TestApp): Promise<{ release(): Promise<void> }> {
  const thread = t.app.database.thread;
  if (thread) {
    const lend = thread.lend;
    let sleeping: Promise<unknown> = Promise.resolve();
    thread.lend = (port) => {
      sleeping = thread.query('select pg_sleep(1.5)', []);
      return lend.call(thread, port);
    };
    return {
      async release() {
        thread.lend = lend;
        await sleeping;
      },
    };
  }
  const client = new pg.Client({ connectionString: t.app.database.connectionString });
  await client.connect();
  await client.query('begin');
  await client.query('lock table products in access exclusive mode');
  return {
    async release() {
      await client.query('commit');
      await client.end();
    },
  };
}
