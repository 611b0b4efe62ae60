import { sql, type Kysely } from 'kysely';

/**
 * Lead webhooks move onto the publisher webhooks (issue 17): a Contact me
 * lead is a `lead.created` event of the change feed, delivered like any
 * other event by the webhook dispatcher.
 *
 * - `webhook_endpoints.offer_id`: an endpoint may take only the events of
 *   one offer (those whose data names it); null takes all the publisher's.
 * - Every offer whose lead destination was a webhook gets an endpoint for
 *   `lead.created` of that offer, with the same URL. Its old secret is kept
 *   in `secret_to_seal` only until a server seals it (the migration has
 *   no secret key): the dispatcher turns it into `whsec_` + base64 of the
 *   same bytes, so the HMAC key stays what the receiver already has.
 * - No lead is lost: a lead still waiting for its webhook becomes a
 *   `lead.created` event after the endpoint's cursor (the dispatcher queues
 *   and sends it); a lead whose every attempt failed becomes a parked
 *   delivery with its attempt log (re-sendable from Webhooks). A lead
 *   delivered before keeps only its `delivery` state.
 * - `webhook_deliveries.subject`: the event's subject, so a lead finds its
 *   deliveries.
 * - The old outbox (`lead_deliveries`, `lead_delivery_attempts`) and
 *   `offers.lead_destination` go away.
 */

/** The change feed's revision lock (src/store/changeFeed.ts): revisions commit in the order they are taken. */
const REVISION_LOCK = 0x4c485245;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table webhook_endpoints add column offer_id uuid references offers (id) on delete cascade;
    alter table webhook_endpoints add column secret_to_seal text;
    alter table webhook_endpoints alter column secret_sealed drop not null;
    alter table webhook_endpoints add constraint webhook_endpoints_secret_check check (secret_sealed is not null or secret_to_seal is not null);
    create index webhook_endpoints_secret_to_seal_idx on webhook_endpoints (id) where secret_to_seal is not null;
    alter table webhook_deliveries add column subject text;
    create index webhook_deliveries_subject_idx on webhook_deliveries (subject) where subject is not null;
  `.execute(db);

  await sql`select pg_advisory_xact_lock(${REVISION_LOCK})`.execute(db);
  const { rows } = await sql<{ revision: string }>`select coalesce(max(revision), 0)::text as revision from license_events`.execute(db);
  const before = rows[0]!.revision;

  await sql`
    insert into webhook_endpoints (id, tenant_id, url, description, event_types, enabled, secret_to_seal, cursor, offer_id, created_at, updated_at)
    select gen_random_uuid(), o.tenant_id, o.lead_destination ->> 'url', 'Leads of ' || o.name || ' (was the offer''s lead webhook)',
           '["lead.created"]'::jsonb, true, o.lead_destination ->> 'secret', ${before}::bigint, o.id, now(), now()
      from offers o
     where o.lead_destination ->> 'kind' = 'webhook'
  `.execute(db);

  // Leads whose every attempt failed: events at one revision the endpoint's cursor then passes, each a parked delivery.
  const failed = await writeLeadEvents(db, 'failed');
  if (failed) {
    await sql`
      insert into webhook_deliveries (endpoint_id, message_id, event_type, revision, subject, body, state, attempts, tries, next_attempt_at, last_status, last_error, created_at, updated_at)
      select w.id, e.id, e.type, e.revision, e.subject, ${cloudEventJson()}, 'parked', d.attempts, d.attempts, null,
             (select a.status_code from lead_delivery_attempts a where a.lead_id = l.id order by a.attempt desc limit 1),
             (select a.error from lead_delivery_attempts a where a.lead_id = l.id order by a.attempt desc limit 1),
             l.received_at, now()
        from license_events e
        join leads l on l.id = (e.data ->> 'id')::uuid
        join lead_deliveries d on d.lead_id = l.id
        join webhook_endpoints w on w.offer_id = l.offer_id and w.secret_to_seal is not null
       where e.revision = ${failed}::bigint
       order by e.position
    `.execute(db);
    await sql`
      insert into webhook_delivery_attempts (delivery_id, attempt, at, status_code, error, duration_ms)
      select wd.id, a.attempt, a.at, a.status_code, a.error, 0
        from webhook_deliveries wd
        join lead_delivery_attempts a on a.lead_id = (split_part(wd.subject, '/', 4))::uuid
       where wd.revision = ${failed}::bigint
    `.execute(db);
    await sql`update webhook_endpoints set cursor = ${failed}::bigint where secret_to_seal is not null`.execute(db);
  }
  // Leads still waiting: events after the cursor, which the dispatcher queues and sends like any new event.
  await writeLeadEvents(db, 'pending');
  // Still waiting, but the offer no longer sent leads to a webhook: the old job would have given up on them.
  await sql`
    update leads set delivery = 'failed'
     where delivery = 'pending' and offer_id in (select id from offers where lead_destination ->> 'kind' <> 'webhook')
  `.execute(db);

  await sql`
    drop table lead_delivery_attempts;
    drop table lead_deliveries;
    alter table offers drop column lead_destination;
  `.execute(db);
}

/**
 * One `lead.created` event per lead of this outbox state whose offer still
 * sends leads to a webhook, all at one new revision (returned, or null when
 * there were none). The data is what Contact me records (submitLead).
 */
async function writeLeadEvents(db: Kysely<any>, state: 'pending' | 'failed'): Promise<string | null> {
  const { rows } = await sql<{ n: string }>`
    select count(*)::text as n from lead_deliveries d join leads l on l.id = d.lead_id join offers o on o.id = l.offer_id
     where d.state = ${state} and o.lead_destination ->> 'kind' = 'webhook'
  `.execute(db);
  if (rows[0]!.n === '0') return null;
  const next = await sql<{ revision: string }>`select nextval('license_revision')::text as revision`.execute(db);
  const revision = next.rows[0]!.revision;
  await sql`
    insert into license_events (revision, position, id, type, source, subject, time, tenant_id, publisher_tenant_id, data)
    select ${revision}::bigint, (row_number() over (order by l.received_at, l.id) - 1)::int,
           ${revision} || '-' || (row_number() over (order by l.received_at, l.id) - 1)::text,
           'lead.created', '/licensehub', 'offers/' || o.id || '/leads/' || l.id, l.received_at, null, o.tenant_id,
           jsonb_build_object(
             'id', l.id, 'offerId', o.offer_id,
             'offer', jsonb_build_object('id', o.id, 'slug', coalesce(t.publisher_id, '') || '.' || o.offer_id, 'offerKey', o.offer_id, 'name', o.name),
             'name', l.name, 'email', l.email, 'company', l.company, 'country', l.country,
             'phone', nullif(l.phone, ''), 'message', l.message,
             'receivedAt', to_char(l.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
      from lead_deliveries d
      join leads l on l.id = d.lead_id
      join offers o on o.id = l.offer_id
      join tenants t on t.id = o.tenant_id
     where d.state = ${state} and o.lead_destination ->> 'kind' = 'webhook'
  `.execute(db);
  return revision;
}

/** The CloudEvent a parked delivery carries, as src/domain/events/cloudEvent.ts writes it (alias `e`: license_events). */
function cloudEventJson() {
  return sql`json_build_object(
    'specversion', '1.0', 'id', e.id, 'source', e.source, 'type', e.type, 'subject', e.subject,
    'time', to_char(e.time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'datacontenttype', 'application/json', 'revision', e.revision::text, 'data', e.data)::text`;
}
