import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { createTestApp, type TestApp } from './support/testApp.js';

/**
 * Migration 021 on a database written by the previous version, where deleting a lead's webhook
 * endpoint left the lead "retrying" forever. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */

const ids = {
  publisher: randomUUID(),
  offer: randomUUID(),
  endpoint: randomUUID(),
  orphaned: randomUUID(),
  parked: randomUUID(),
  queued: randomUUID(),
  unfilled: randomUUID(),
  delivered: randomUUID(),
  inbox: randomUUID(),
};

async function seed(db: Kysely<any>) {
  await sql`insert into tenants (id, display_name, primary_domain, country, is_publisher, publisher_id) values (${ids.publisher}, 'Fabrikam', 'fabrikam-m021.example', 'US', true, 'fabm021')`.execute(db);
  await sql`insert into offers (id, tenant_id, offer_id, name, status) values (${ids.offer}, ${ids.publisher}, 'inspections', 'Inspections', 'published')`.execute(db);
  const subject = (leadId: string) => `offers/${ids.offer}/leads/${leadId}`;
  const lead = (id: string, name: string, delivery: string) =>
    sql`insert into leads (id, publisher_tenant_id, offer_id, name, email, company, country, message, consent, delivery, visitor_key, received_at, updated_at)
        values (${id}, ${ids.publisher}, ${ids.offer}, ${name}, 'megan@contoso.example', 'Contoso', 'US', 'Call me', true, ${delivery}, 'k', now(), now())`.execute(db);
  const event = async (leadId: string) => {
    const { rows } = await sql<{ revision: string }>`select nextval('license_revision')::text as revision`.execute(db);
    const revision = rows[0]!.revision;
    await sql`insert into license_events (revision, position, id, type, source, subject, time, publisher_tenant_id, data)
              values (${revision}::bigint, 0, ${`${revision}-0`}, 'lead.created', '/licensehub', ${subject(leadId)}, now(), ${ids.publisher}, ${JSON.stringify({ id: leadId })}::jsonb)`.execute(db);
    return revision;
  };
  await lead(ids.orphaned, 'Orphaned Olga', 'pending');
  await lead(ids.parked, 'Parked Pia', 'pending');
  await lead(ids.queued, 'Queued Quinn', 'pending');
  await lead(ids.unfilled, 'Unfilled Uri', 'pending');
  await lead(ids.delivered, 'Delivered Dana', 'delivered');
  await lead(ids.inbox, 'Inbox Ida', 'inbox');
  // The orphan's endpoint was deleted with its queue: only its event is left.
  await event(ids.orphaned);
  const parkedAt = await event(ids.parked);
  const queuedAt = await event(ids.queued);
  // The remaining endpoint (every offer's leads) has queued up to the queued lead; the unfilled one comes after its cursor.
  await sql`insert into webhook_endpoints (id, tenant_id, url, event_types, enabled, secret_to_seal, cursor, created_at, updated_at)
            values (${ids.endpoint}, ${ids.publisher}, 'https://crm.fabrikam.example/leads', '["lead.created"]'::jsonb, true, 'secret', ${queuedAt}::bigint, now(), now())`.execute(db);
  await event(ids.unfilled);
  const delivery = (leadId: string, revision: string, state: string) =>
    sql`insert into webhook_deliveries (endpoint_id, message_id, event_type, revision, subject, body, state, attempts, tries, created_at, updated_at)
        values (${ids.endpoint}, ${`${revision}-0`}, 'lead.created', ${revision}::bigint, ${subject(leadId)}, '{}', ${state}, 3, 3, now(), now())`.execute(db);
  await delivery(ids.parked, parkedAt, 'parked');
  await delivery(ids.queued, queuedAt, 'pending');
}

describe('migration 021: leads no endpoint will send end as not delivered', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seedAt: { migration: '020_license_request_decisions', seed } });
  });
  after(() => t.close());

  test('a lead left pending with nothing to send it ends; one an endpoint parked failed; queued or still to queue keep retrying', async () => {
    const rows = Object.fromEntries((await t.app.db.selectFrom('leads').select(['id', 'delivery', 'delivery_note']).where('publisher_tenant_id', '=', ids.publisher).execute()).map((r) => [r.id, [r.delivery, r.delivery_note]]));
    assert.deepEqual(rows[ids.orphaned], ['not_delivered', 'No endpoint sends it any more: the one that was to send it was deleted or changed']);
    assert.deepEqual(rows[ids.parked], ['failed', null]);
    assert.deepEqual(rows[ids.queued], ['pending', null]);
    assert.deepEqual(rows[ids.unfilled], ['pending', null]);
    assert.deepEqual(rows[ids.delivered], ['delivered', null]);
    assert.deepEqual(rows[ids.inbox], ['inbox', null]);
  });

  test('the new state is allowed, an unknown one still is not', async () => {
    await assert.rejects(t.app.db.updateTable('leads').set({ delivery: 'lost' as never }).where('id', '=', ids.inbox).execute(), /leads_delivery_check/);
  });
});
