import { sql, type Kysely } from 'kysely';

/**
 * License requests close themselves once the requester holds a seat that grants the app
 * (docs/admin-center.md#license-requests):
 *
 * - `license_requests.decided_via`: who or what decided a request — `admin` (an admin approved or
 *   declined the request), `waiting_room` (the product's waiting room gave the requester a seat,
 *   by itself or on an admin's approval there), `assignment` (the requester got the product another
 *   way: an admin assigned it directly or to a group of theirs, or more licenses reached a group
 *   assignment), `auto_claim` (the requester took a free seat by opening the app). Null exactly
 *   while the request is pending.
 * - Requests decided before this version were decided by an admin.
 * - Requests still pending although their requester already holds an active seat of a usable
 *   product granting the app (the previous version never closed them) are approved now, via
 *   `assignment`, naming that product, each with its `license_request.decided` event (at one new
 *   revision, as commands write them); nobody is emailed about these old ones.
 */

/** The change feed's revision lock (src/store/changeFeed.ts): revisions commit in the order they are taken. */
const REVISION_LOCK = 0x4c485245;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table license_requests add column decided_via text check (decided_via in ('admin', 'waiting_room', 'assignment', 'auto_claim'));
    update license_requests set decided_via = 'admin' where status <> 'pending';
  `.execute(db);

  const { rows } = await sql<{ id: string }>`
    update license_requests lr
       set status = 'approved', decided_via = 'assignment', decided_at = now(),
           plan_id = (${grantingSeatOf} limit 1)
     where lr.status = 'pending' and exists (${grantingSeatOf})
    returning lr.id
  `.execute(db);
  if (rows.length) await writeDecisionEvents(db, rows.map((r) => r.id));

  await sql`alter table license_requests add constraint license_requests_decided_via_pending check ((status = 'pending') = (decided_via is null))`.execute(db);
}

/** For the request `lr`: the plans of usable products whose active seat its requester holds and that grant the app asked for. */
const grantingSeatOf = sql`
    select h.plan_id
      from seat_holdings h
      join products p on p.tenant_id = h.tenant_id and p.plan_id = h.plan_id and p.state in ('active', 'warning')
      join app_module_plans m on m.plan_id = h.plan_id
     where h.tenant_id = lr.tenant_id and h.user_id = lr.user_id and h.state = 'active'
       and m.offer_id = lr.offer_id and m.app_module = lr.app_module
     order by h.plan_id`;

/** One `license_request.decided` event per request closed here, with the data approveLicenseRequest writes. */
async function writeDecisionEvents(db: Kysely<any>, requestIds: string[]): Promise<void> {
  await sql`select pg_advisory_xact_lock(${REVISION_LOCK})`.execute(db);
  const next = await sql<{ revision: string }>`select nextval('license_revision')::text as revision`.execute(db);
  const revision = next.rows[0]!.revision;
  await sql`
    insert into license_events (revision, position, id, type, source, subject, time, tenant_id, publisher_tenant_id, data)
    select ${revision}::bigint, (row_number() over (order by lr.created_at, lr.id) - 1)::int,
           ${revision} || '-' || (row_number() over (order by lr.created_at, lr.id) - 1)::text,
           'license_request.decided', '/licensehub', 'tenants/' || lr.tenant_id || '/license_requests/' || lr.id, now(), lr.tenant_id, o.tenant_id,
           jsonb_build_object('tenantId', lr.tenant_id, 'requestId', lr.id, 'userId', lr.user_id, 'offerId', o.offer_id, 'appModule', lr.app_module,
                              'decision', 'approved', 'planId', lr.plan_id, 'decidedBy', 'assignment')
      from license_requests lr
      join offers o on o.id = lr.offer_id
     where lr.id in (${sql.join(requestIds)})
  `.execute(db);
}
