import { sql, type Kysely } from 'kysely';

/**
 * One identifier per resource in the change feed and the audit log too (issue 15): `offerId` and
 * `planId` are GUIDs everywhere, the readable keys are `offerKey` and `planKey` (README, Identifiers).
 * Events and audit entries written before this version named offers and plans by their keys; this
 * rewrites them, so a replay, a re-sent delivery or an audit export reads the same as new ones.
 *
 * Change feed (`license_events.data`):
 * - `offerId` holding an offer key becomes the offer's GUID, the key moves to `offerKey` (an offer
 *   that no longer exists: `offerId` null);
 * - `plan` (the plan key) becomes `planKey`, at the top and in a deal's `licenses[]`.
 * Webhook deliveries still waiting or parked carry the rewritten `data` (delivered ones stay as sent).
 *
 * Audit log (`audit_events`):
 * - offer entries: `target_id` the offer's GUID (was its key), the key in `detail.offerKey`;
 * - plan entries: `target_id` the plan's GUID (was its Service ID), with `offerId`, `offerKey`,
 *   `planKey` and `serviceId` in the detail;
 * - an entry about an offer or plan deleted since keeps its key or Service ID in the detail and has no
 *   `target_id` (its GUID is gone with it);
 * - deal entries name each plan's `planId` beside its `planKey`, and a registration its `offerId`.
 */

/** A GUID, as src/domain/identifiers.ts tells one from a readable key (keys may never look like one). */
const guid = sql.raw(`'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`);

export async function up(db: Kysely<any>): Promise<void> {
  // ── change feed ──────────────────────────────────────────────────────────────────────────────
  await sql`
    update license_events e
    set data = e.data || jsonb_build_object('offerId', o.id::text, 'offerKey', e.data ->> 'offerId')
    from offers o
    where jsonb_typeof(e.data -> 'offerId') = 'string' and (e.data ->> 'offerId') !~ ${guid}
      and o.tenant_id = e.publisher_tenant_id and o.offer_id = e.data ->> 'offerId'
  `.execute(db);
  await sql`
    update license_events
    set data = data || jsonb_build_object('offerId', null, 'offerKey', data ->> 'offerId')
    where jsonb_typeof(data -> 'offerId') = 'string' and (data ->> 'offerId') !~ ${guid}
  `.execute(db);
  await sql`
    update license_events set data = (data - 'plan') || jsonb_build_object('planKey', data -> 'plan')
    where data ? 'plan'
  `.execute(db);
  await sql`
    update license_events
    set data = jsonb_set(data, '{licenses}', (
      select coalesce(jsonb_agg(case when l ? 'plan' then (l - 'plan') || jsonb_build_object('planKey', l -> 'plan') else l end order by n), '[]'::jsonb)
      from jsonb_array_elements(data -> 'licenses') with ordinality as x (l, n)
    ))
    where type like 'deal.%' and jsonb_typeof(data -> 'licenses') = 'array'
  `.execute(db);
  await sql`
    update webhook_deliveries d
    set body = jsonb_set(d.body::jsonb, '{data}', e.data)::text
    from license_events e
    where d.state in ('pending', 'parked') and d.revision is not null and e.id = d.message_id
      and d.body::jsonb -> 'data' is distinct from e.data
  `.execute(db);

  // ── audit log ────────────────────────────────────────────────────────────────────────────────
  await sql`
    update audit_events a
    set target_id = o.id::text, detail = a.detail || jsonb_build_object('offerKey', a.target_id)
    from offers o
    where a.target_type = 'offer' and a.target_id !~ ${guid} and o.tenant_id = a.tenant_id and o.offer_id = a.target_id
  `.execute(db);
  await sql`
    update audit_events a
    set target_id = p.id::text,
        detail = a.detail || jsonb_build_object('offerId', o.id::text, 'offerKey', o.offer_id, 'planKey', p.plan_id, 'serviceId', p.service_id)
    from plans p join offers o on o.id = p.offer_id
    where a.target_type = 'plan' and a.target_id !~ ${guid} and p.service_id = a.target_id
  `.execute(db);
  await sql`
    update audit_events
    set detail = detail || jsonb_build_object(case target_type when 'offer' then 'offerKey' else 'serviceId' end, target_id), target_id = null
    where target_type in ('offer', 'plan') and target_id !~ ${guid}
  `.execute(db);
  await sql`
    update audit_events a
    set detail = a.detail || jsonb_build_object('planId', p.id::text)
    from deals d join plans p on p.offer_id = d.offer_id
    where a.target_type = 'deal' and a.detail ? 'planKey' and not a.detail ? 'planId'
      and d.id::text = a.target_id and p.plan_id = a.detail ->> 'planKey'
  `.execute(db);
  await sql`
    update audit_events a
    set detail = jsonb_set(a.detail, '{licenses}', (
      select coalesce(jsonb_agg(case when p.id is null then l else l || jsonb_build_object('planId', p.id::text) end order by n), '[]'::jsonb)
      from jsonb_array_elements(a.detail -> 'licenses') with ordinality as x (l, n)
      left join plans p on p.offer_id = d.offer_id and p.plan_id = l ->> 'planKey'
    )) || jsonb_build_object('offerId', d.offer_id::text)
    from deals d
    where a.action = 'deal.registered' and d.id::text = a.target_id and jsonb_typeof(a.detail -> 'licenses') = 'array'
  `.execute(db);
}
