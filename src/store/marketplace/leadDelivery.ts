import { sql } from 'kysely';
import type { Tx } from '../transaction.js';

/**
 * Ends the delivery of the publisher's leads that no webhook endpoint will send any more, after an
 * endpoint was deleted or changed: a lead still `pending` with no delivery queued on any endpoint,
 * and no endpoint taking the offer's leads whose cursor is still before the lead's event (it would
 * queue it), is `failed` when an endpoint parked it, else `not_delivered` with `note` saying why.
 * Disabled and paused endpoints count as still taking it: their events wait for them. Returns how
 * many leads ended. (Migration 021 applied the same rule once to every publisher.)
 */
export async function endUndeliverableLeads(tx: Tx, publisherTenantId: string, note: string): Promise<number> {
  const subject = sql`'offers/' || l.offer_id || '/leads/' || l.id`;
  const parked = sql`exists (select 1 from webhook_deliveries d where d.subject = ${subject} and d.state = 'parked')`;
  const { rows } = await sql<{ id: string }>`
    update leads l
       set delivery = case when ${parked} then 'failed' else 'not_delivered' end,
           delivery_note = case when ${parked} then null else ${note}::text end
     where l.publisher_tenant_id = ${publisherTenantId}
       and l.delivery = 'pending'
       and not exists (select 1 from webhook_deliveries d where d.subject = ${subject} and d.state = 'pending')
       and not exists (
             select 1
               from webhook_endpoints e
               join license_events ev on ev.publisher_tenant_id = e.tenant_id and ev.type = 'lead.created' and ev.revision > e.cursor and ev.subject = ${subject}
              where e.tenant_id = l.publisher_tenant_id
                and e.event_types @> '["lead.created"]'::jsonb
                and (e.offer_id is null or e.offer_id = l.offer_id))
    returning l.id
  `.execute(tx);
  return rows.length;
}
