import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { createTestApp, type TestApp } from './support/testApp.js';

/**
 * Migration 020 on a database written by the previous version, which left a
 * request pending however its requester got the seat. Runs on PGlite, and on
 * PostgreSQL with TEST_DATABASE_URL.
 */

const ids = {
  publisher: randomUUID(),
  customer: randomUUID(),
  offer: randomUUID(),
  gold: randomUUID(),
  bronze: randomUUID(),
  seated: randomUUID(),
  seatless: randomUUID(),
  suspendedHolder: randomUUID(),
  decider: randomUUID(),
  requests: { seated: randomUUID(), seatless: randomUUID(), suspended: randomUUID(), otherApp: randomUUID(), approved: randomUUID(), declined: randomUUID() },
};

async function seed(db: Kysely<any>) {
  await sql`insert into tenants (id, display_name, primary_domain, country, is_publisher, publisher_id) values (${ids.publisher}, 'Fabrikam', 'fabrikam-m020.example', 'US', true, 'fabm020')`.execute(db);
  await sql`insert into tenants (id, display_name, primary_domain, country) values (${ids.customer}, 'Contoso', 'contoso-m020.example', 'US')`.execute(db);
  const user = (id: string, name: string) =>
    sql`insert into users (id, tenant_id, user_principal_name, display_name) values (${id}, ${ids.customer}, ${`${name.toLowerCase()}@contoso-m020.example`}, ${name})`.execute(db);
  await user(ids.seated, 'Sam');
  await user(ids.seatless, 'Nia');
  await user(ids.suspendedHolder, 'Ola');
  await user(ids.decider, 'Admin');
  await sql`insert into offers (id, tenant_id, offer_id, name, status, license_management) values (${ids.offer}, ${ids.publisher}, 'fieldops', 'Field Ops', 'published', true)`.execute(db);
  const plan = (id: string, key: string) =>
    sql`insert into plans (id, tenant_id, offer_id, plan_id, service_id, name) values (${id}, ${ids.publisher}, ${ids.offer}, ${key}, ${`fabm020.fieldops.${key}`}, ${`Field Ops ${key}`})`.execute(db);
  await plan(ids.gold, 'gold');
  await plan(ids.bronze, 'bronze');
  // Gold grants both apps, Bronze only the technician app.
  for (const [module, planId] of [['m020_tech', ids.gold], ['m020_tech', ids.bronze], ['m020_manager', ids.gold]] as const) {
    await sql`insert into app_module_plans (offer_id, app_module, plan_id, display_name, more_info_url) values (${ids.offer}, ${module}, ${planId}, 'x', 'https://fabrikam.example/x')`.execute(db);
  }
  await sql`insert into products (tenant_id, plan_id, purchased, assigned, state) values (${ids.customer}, ${ids.bronze}, 5, 1, 'active'), (${ids.customer}, ${ids.gold}, 5, 1, 'suspended')`.execute(db);
  const holding = (planId: string, userId: string) =>
    sql`insert into seat_holdings (tenant_id, plan_id, user_id, state, since, sources) values (${ids.customer}, ${planId}, ${userId}, 'active', now(), '[{"kind":"direct"}]'::jsonb)`.execute(db);
  await holding(ids.bronze, ids.seated);
  await holding(ids.gold, ids.suspendedHolder);
  const request = (id: string, userId: string, module: string, status = 'pending', minutes = 0) =>
    sql`insert into license_requests (id, tenant_id, user_id, offer_id, app_module, status, created_at, decided_at, decided_by)
        values (${id}, ${ids.customer}, ${userId}, ${ids.offer}, ${module}, ${status}, ${new Date(Date.UTC(2026, 10, 1, 9, minutes))},
                ${status === 'pending' ? null : new Date(Date.UTC(2026, 10, 2))}, ${status === 'pending' ? null : ids.decider})`.execute(db);
  await request(ids.requests.seated, ids.seated, 'm020_tech', 'pending', 1);
  await request(ids.requests.otherApp, ids.seated, 'm020_manager', 'pending', 2);
  await request(ids.requests.seatless, ids.seatless, 'm020_tech', 'pending', 3);
  await request(ids.requests.suspended, ids.suspendedHolder, 'm020_tech', 'pending', 4);
  await request(ids.requests.approved, ids.seatless, 'm020_manager', 'approved', 5);
  await request(ids.requests.declined, ids.suspendedHolder, 'm020_manager', 'declined', 6);
}

describe('migration 020: license requests record who decided them; requests already answered by a seat close', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seedAt: { migration: '019_listing_media', seed } });
  });
  after(() => t.close());

  const requests = async () =>
    Object.fromEntries((await t.app.db.selectFrom('license_requests').select(['id', 'status', 'decided_via', 'decided_by', 'plan_id']).where('tenant_id', '=', ids.customer).execute()).map((r) => [r.id, r]));

  test('decided requests were decided by an admin; a pending one whose requester holds a usable seat granting the app is approved via assignment', async () => {
    const rows = await requests();
    const view = (id: string) => [rows[id]!.status, rows[id]!.decided_via, rows[id]!.plan_id];
    assert.deepEqual(view(ids.requests.seated), ['approved', 'assignment', ids.bronze]);
    assert.equal(rows[ids.requests.seated]!.decided_by, null, 'no person decided it');
    assert.deepEqual(view(ids.requests.otherApp), ['pending', null, null], 'a Bronze seat does not open the manager app');
    assert.deepEqual(view(ids.requests.seatless), ['pending', null, null]);
    assert.deepEqual(view(ids.requests.suspended), ['pending', null, null], 'a seat of a suspended product does not open the app');
    assert.deepEqual([rows[ids.requests.approved]!.decided_via, rows[ids.requests.declined]!.decided_via], ['admin', 'admin']);
    assert.equal(rows[ids.requests.approved]!.decided_by, ids.decider);
  });

  test('the closed request has its license_request.decided event for the tenant and the publisher', async () => {
    const events = await t.app.db.selectFrom('license_events').selectAll().where('type', '=', 'license_request.decided').execute();
    assert.equal(events.length, 1);
    const event = events[0]!;
    assert.deepEqual([event.subject, event.tenant_id, event.publisher_tenant_id], [`tenants/${ids.customer}/license_requests/${ids.requests.seated}`, ids.customer, ids.publisher]);
    assert.deepEqual(event.data, {
      tenantId: ids.customer,
      requestId: ids.requests.seated,
      userId: ids.seated,
      // Migration 022 renames the offer in stored events: its GUID, the key beside it.
      offerId: ids.offer,
      offerKey: 'fieldops',
      appModule: 'm020_tech',
      decision: 'approved',
      planId: ids.bronze,
      decidedBy: 'assignment',
    });
  });

  test('from now on a request is decided exactly when it is not pending', async () => {
    await assert.rejects(
      t.app.db.updateTable('license_requests').set({ status: 'declined' }).where('id', '=', ids.requests.seatless).execute(),
      /license_requests_decided_via_pending/,
    );
  });
});
