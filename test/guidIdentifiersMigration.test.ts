import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { createTestApp, type TestApp } from './support/testApp.js';

/**
 * Migration 022 on a database written by the previous version, whose events and audit entries named
 * offers and plans by their readable keys (and plans by Service ID). Runs on PGlite, and on
 * PostgreSQL with TEST_DATABASE_URL.
 */

const ids = {
  publisher: randomUUID(),
  customer: randomUUID(),
  offer: randomUUID(),
  gold: randomUUID(),
  silver: randomUUID(),
  deal: randomUUID(),
  endpoint: randomUUID(),
};
const event = (revision: number, type: string, data: unknown, publisher: string | null = ids.publisher) => ({ revision, type, data, publisher });
const events = [
  event(1, 'deal.registered', { dealId: ids.deal, offerId: 'fieldops', customerTenantId: ids.customer, licenses: [{ planId: ids.gold, plan: 'gold', quantity: 5 }] }),
  event(2, 'licenses.provisioned', { tenantId: ids.customer, planId: ids.gold, plan: 'gold', offerId: 'fieldops', purchased: 5, state: 'active' }),
  event(3, 'seat.granted', { tenantId: ids.customer, planId: ids.gold, plan: 'gold', userIds: [], reason: 'assigned' }),
  event(4, 'app.installed', { tenantId: ids.customer, installationId: randomUUID(), offerId: 'gone', environmentId: randomUUID(), version: '1.0.0.0' }),
  event(5, 'user.deleted', { tenantId: ids.customer, userId: randomUUID() }, null),
];

async function seed(db: Kysely<any>) {
  await sql`insert into tenants (id, display_name, primary_domain, country, is_publisher, publisher_id) values
    (${ids.publisher}, 'Fabrikam', 'fabrikam-021.example', 'US', true, 'fab021'),
    (${ids.customer}, 'Contoso', 'contoso-021.example', 'US', false, null)`.execute(db);
  await sql`insert into offers (id, tenant_id, offer_id, name, status, license_management) values (${ids.offer}, ${ids.publisher}, 'fieldops', 'Field Ops', 'published', true)`.execute(db);
  await sql`insert into plans (id, tenant_id, offer_id, plan_id, service_id, name) values
    (${ids.gold}, ${ids.publisher}, ${ids.offer}, 'gold', 'fab021.fieldops.gold', 'Gold'),
    (${ids.silver}, ${ids.publisher}, ${ids.offer}, 'silver', 'fab021.fieldops.silver', 'Silver')`.execute(db);
  await sql`insert into deals (id, publisher_tenant_id, customer_tenant_id, offer_id, customer_company, customer_country, customer_city, total_contract_value, total_contract_currency,
      solution_value, solution_currency, deployment, signed_date, start_date, contact_first_name, contact_last_name, contact_phone, contact_email, contract_type)
    values (${ids.deal}, ${ids.publisher}, ${ids.customer}, ${ids.offer}, 'Contoso', 'US', 'Redmond', 10000, 'USD', 8000, 'USD', 'cloud', '2026-01-01', '2026-01-01', 'Ann', 'Lee', '+1 425 555 0100', 'ann@fabrikam.example', 'new')`.execute(db);
  for (const e of events) {
    await sql`insert into license_events (revision, position, id, type, source, subject, time, tenant_id, publisher_tenant_id, data)
      values (${e.revision}, 0, ${`${e.revision}-0`}, ${e.type}, '/licensehub', 'x', now(), ${ids.customer}, ${e.publisher}, ${JSON.stringify(e.data)}::jsonb)`.execute(db);
  }
  await sql`select setval('license_revision', 5)`.execute(db);
  await sql`insert into webhook_endpoints (id, tenant_id, url, event_types, secret_sealed, cursor, created_at, updated_at)
    values (${ids.endpoint}, ${ids.publisher}, 'https://hooks.example.com/x', '["licenses.provisioned","deal.registered"]'::jsonb, 'sealed', 2, now(), now())`.execute(db);
  const body = (revision: number) => JSON.stringify({ specversion: '1.0', id: `${revision}-0`, type: events[revision - 1]!.type, revision: String(revision), data: events[revision - 1]!.data });
  await sql`insert into webhook_deliveries (endpoint_id, message_id, event_type, revision, body, state, created_at, updated_at) values
    (${ids.endpoint}, '1-0', 'deal.registered', 1, ${body(1)}, 'delivered', now(), now()),
    (${ids.endpoint}, '2-0', 'licenses.provisioned', 2, ${body(2)}, 'parked', now(), now())`.execute(db);
  const audit = (tenant: string, action: string, targetType: string, targetId: string, detail: unknown) =>
    sql`insert into audit_events (tenant_id, actor_name, action, target_type, target_id, summary, detail) values (${tenant}, 'Ann Lee', ${action}, ${targetType}, ${targetId}, ${action}, ${JSON.stringify(detail)}::jsonb)`.execute(db);
  await audit(ids.publisher, 'offer.created', 'offer', 'fieldops', { licenseManagement: true });
  await audit(ids.publisher, 'offer.deleted', 'offer', 'olddraft', {});
  await audit(ids.publisher, 'plan.created', 'plan', 'fab021.fieldops.gold', {});
  await audit(ids.publisher, 'plan.deleted', 'plan', 'fab021.fieldops.bronze', {});
  await audit(ids.publisher, 'deal.registered', 'deal', ids.deal, { offerKey: 'fieldops', licenses: [{ planKey: 'gold', quantity: 5 }, { planKey: 'bronze', quantity: 1 }] });
  await audit(ids.customer, 'deal.licenses_added', 'deal', ids.deal, { planKey: 'silver', quantity: 2 });
}

describe('migration 022: events and audit entries name offers and plans by GUID', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seedAt: { migration: '019_listing_media', seed } });
  });
  after(() => t.close());

  const dataOf = async (revision: number) => (await t.app.db.selectFrom('license_events').select('data').where('revision', '=', String(revision)).executeTakeFirstOrThrow()).data;
  const auditOf = (action: string, tenant = ids.publisher) =>
    t.app.db.selectFrom('audit_events').select(['target_id', 'detail']).where('action', '=', action).where('tenant_id', '=', tenant).executeTakeFirstOrThrow();

  test('events: offerId is the GUID beside offerKey, plan became planKey (in a deal’s licenses too)', async () => {
    assert.deepEqual(await dataOf(1), {
      dealId: ids.deal,
      offerId: ids.offer,
      offerKey: 'fieldops',
      customerTenantId: ids.customer,
      licenses: [{ planId: ids.gold, planKey: 'gold', quantity: 5 }],
    });
    assert.deepEqual(await dataOf(2), { tenantId: ids.customer, planId: ids.gold, planKey: 'gold', offerId: ids.offer, offerKey: 'fieldops', purchased: 5, state: 'active' });
    assert.deepEqual(await dataOf(3), { tenantId: ids.customer, planId: ids.gold, planKey: 'gold', userIds: [], reason: 'assigned' });
    const gone = (await dataOf(4)) as Record<string, unknown>;
    assert.deepEqual([gone.offerId, gone.offerKey], [null, 'gone'], 'an offer that no longer exists keeps its key, and no GUID');
    assert.equal(Object.keys((await dataOf(5)) as object).length, 2, 'events naming no offer or plan are untouched');
  });

  test('a parked delivery carries the rewritten data; a delivered one stays as it was sent', async () => {
    const deliveries = await t.app.db.selectFrom('webhook_deliveries').select(['message_id', 'body']).orderBy('id').execute();
    const [delivered, parked] = deliveries.map((d) => JSON.parse(d.body));
    assert.equal(delivered.data.offerId, 'fieldops');
    assert.deepEqual(parked.data, await dataOf(2));
    assert.deepEqual([parked.id, parked.type, parked.revision], ['2-0', 'licenses.provisioned', '2']);
  });

  test('audit: offers and plans are their GUIDs, keys and Service IDs in the detail; deleted ones keep only those', async () => {
    assert.deepEqual(await auditOf('offer.created'), { target_id: ids.offer, detail: { licenseManagement: true, offerKey: 'fieldops' } });
    assert.deepEqual(await auditOf('offer.deleted'), { target_id: null, detail: { offerKey: 'olddraft' } });
    assert.deepEqual(await auditOf('plan.created'), {
      target_id: ids.gold,
      detail: { offerId: ids.offer, offerKey: 'fieldops', planKey: 'gold', serviceId: 'fab021.fieldops.gold' },
    });
    assert.deepEqual(await auditOf('plan.deleted'), { target_id: null, detail: { serviceId: 'fab021.fieldops.bronze' } });
    assert.deepEqual((await auditOf('deal.registered')).detail, {
      offerId: ids.offer,
      offerKey: 'fieldops',
      licenses: [
        { planId: ids.gold, planKey: 'gold', quantity: 5 },
        { planKey: 'bronze', quantity: 1 },
      ],
    });
    assert.deepEqual((await auditOf('deal.licenses_added', ids.customer)).detail, { planId: ids.silver, planKey: 'silver', quantity: 2 });
  });
});
