import { sql, type Kysely } from 'kysely';

/**
 * A Contact me lead whose webhook endpoint was deleted kept saying "retrying" forever: the
 * endpoint's queue went with it, and nothing else would ever deliver the lead.
 *
 * - `leads.delivery` gains `not_delivered`: no endpoint will send the lead any more (the one that
 *   was to send it was deleted, or no longer takes the offer's leads); it stays in the inbox.
 * - `leads.delivery_note`: why, in a sentence the Leads page shows (null otherwise).
 * - Leads left `pending` with nothing to deliver them — no queued delivery on any endpoint and no
 *   endpoint taking the offer's leads whose cursor is still before the lead's event — end now:
 *   `failed` when an endpoint parked it, else `not_delivered`. The same rule runs when an endpoint is
 *   deleted or changed (src/store/marketplace/leadDelivery.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table leads drop constraint if exists leads_delivery_check;
    alter table leads add constraint leads_delivery_check check (delivery in ('inbox', 'pending', 'delivered', 'failed', 'not_delivered'));
    alter table leads add column delivery_note text;
  `.execute(db);
  const subject = sql`'offers/' || l.offer_id || '/leads/' || l.id`;
  const parked = sql`exists (select 1 from webhook_deliveries d where d.subject = ${subject} and d.state = 'parked')`;
  await sql`
    update leads l
       set delivery = case when ${parked} then 'failed' else 'not_delivered' end,
           delivery_note = case when ${parked} then null
                                else 'No endpoint sends it any more: the one that was to send it was deleted or changed' end
     where l.delivery = 'pending'
       and not exists (select 1 from webhook_deliveries d where d.subject = ${subject} and d.state = 'pending')
       and not exists (
             select 1
               from webhook_endpoints e
               join license_events ev on ev.publisher_tenant_id = e.tenant_id and ev.type = 'lead.created' and ev.revision > e.cursor and ev.subject = ${subject}
              where e.tenant_id = l.publisher_tenant_id
                and e.event_types @> '["lead.created"]'::jsonb
                and (e.offer_id is null or e.offer_id = l.offer_id))
  `.execute(db);
}
