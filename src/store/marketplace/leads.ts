import { parseRef } from '../../domain/identifiers.js';
import { subjects } from '../../domain/events/catalogue.js';
import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { LeadDelivery, LeadStatus } from '../schema.js';
import type { Db } from '../transaction.js';

/** Partner Center's view of its leads: always one publisher's own, by scope. */

export interface LeadQuery {
  status?: LeadStatus | undefined;
  /** The publisher's offer ID, e.g. fieldops. */
  offer?: string | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

export interface LeadRecord {
  id: string;
  offer: { id: string; offerKey: string; name: string };
  name: string;
  email: string;
  company: string;
  country: string;
  phone: string;
  message: string;
  consent: boolean;
  status: LeadStatus;
  delivery: LeadDelivery;
  /** Why it was not delivered, when it was not (delivery not_delivered). */
  deliveryNote: string | null;
  receivedAt: Date;
  updatedAt: Date;
}

function baseQuery(db: Db, scope: TenantScope) {
  return db
    .selectFrom('leads')
    .innerJoin('offers', 'offers.id', 'leads.offer_id')
    .select([
      'leads.id',
      'offers.id as offer_uuid',
      'offers.offer_id',
      'offers.name as offer_name',
      'leads.name',
      'leads.email',
      'leads.company',
      'leads.country',
      'leads.phone',
      'leads.message',
      'leads.consent',
      'leads.status',
      'leads.delivery',
      'leads.delivery_note',
      'leads.received_at',
      'leads.updated_at',
    ])
    .where('leads.publisher_tenant_id', '=', scope.tenantId);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (r: Row): LeadRecord => ({
  id: r.id,
  offer: { id: r.offer_uuid, offerKey: r.offer_id, name: r.offer_name },
  name: r.name,
  email: r.email,
  company: r.company,
  country: r.country,
  phone: r.phone,
  message: r.message,
  consent: r.consent,
  status: r.status,
  delivery: r.delivery,
  deliveryNote: r.delivery_note,
  receivedAt: r.received_at,
  updatedAt: r.updated_at,
});

function filtered(db: Db, scope: TenantScope, query: Omit<LeadQuery, 'limit' | 'offset'>) {
  let q = baseQuery(db, scope);
  if (query.status) q = q.where('leads.status', '=', query.status);
  if (query.offer) {
    const ref = parseRef(query.offer);
    q = 'guid' in ref ? q.where('offers.id', '=', ref.guid) : q.where('offers.offer_id', '=', ref.key);
  }
  if (query.search) {
    const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb(sql`lower(leads.name)`, 'like', pattern), eb(sql`lower(leads.email)`, 'like', pattern), eb(sql`lower(leads.company)`, 'like', pattern)]),
    );
  }
  return q;
}

export async function listLeads(db: Db, scope: TenantScope, query: LeadQuery): Promise<{ items: LeadRecord[]; total: number }> {
  const q = filtered(db, scope, query);
  const [rows, total] = await Promise.all([
    q.orderBy('leads.received_at', 'desc').orderBy('leads.id').limit(query.limit).offset(query.offset).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(total.count) };
}

export interface LeadDetail extends LeadRecord {
  notes: { id: string; text: string; author: string; createdAt: Date }[];
  /** Every attempt to send the lead's `lead.created` event, to any of the publisher's endpoints, oldest first. */
  deliveries: { attempt: number; at: Date; url: string; statusCode: number | null; error: string | null }[];
  /** The next attempt while a delivery of the lead is still pending. */
  nextAttemptAt: Date | null;
}

export async function findLead(db: Db, scope: TenantScope, leadId: string): Promise<LeadDetail | null> {
  const row = await baseQuery(db, scope).where('leads.id', '=', leadId).executeTakeFirst();
  if (!row) return null;
  const [notes, attempts, pending] = await Promise.all([
    db.selectFrom('lead_notes').select(['id', 'text', 'author_name', 'created_at']).where('lead_id', '=', row.id).orderBy('created_at').orderBy('id').execute(),
    leadDeliveries(db, scope)
      .innerJoin('webhook_delivery_attempts', 'webhook_delivery_attempts.delivery_id', 'webhook_deliveries.id')
      .select(['webhook_delivery_attempts.attempt', 'webhook_delivery_attempts.at', 'webhook_endpoints.url', 'webhook_delivery_attempts.status_code', 'webhook_delivery_attempts.error'])
      .where('webhook_deliveries.subject', '=', subjects.lead(row.offer_uuid, row.id))
      .orderBy('webhook_delivery_attempts.at')
      .orderBy('webhook_delivery_attempts.attempt')
      .execute(),
    leadDeliveries(db, scope)
      .select((eb) => eb.fn.min('webhook_deliveries.next_attempt_at').as('next_attempt_at'))
      .where('webhook_deliveries.subject', '=', subjects.lead(row.offer_uuid, row.id))
      .where('webhook_deliveries.state', '=', 'pending')
      .executeTakeFirst(),
  ]);
  return {
    ...toRecord(row),
    notes: notes.map((n) => ({ id: n.id, text: n.text, author: n.author_name, createdAt: n.created_at })),
    deliveries: attempts.map((a) => ({ attempt: a.attempt, at: a.at, url: a.url, statusCode: a.status_code, error: a.error })),
    nextAttemptAt: (pending?.next_attempt_at as Date | null | undefined) ?? null,
  };
}

/** The publisher's webhook deliveries (each event to each endpoint), for one lead's log. */
const leadDeliveries = (db: Db, scope: TenantScope) =>
  db.selectFrom('webhook_deliveries').innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id').where('webhook_endpoints.tenant_id', '=', scope.tenantId);

/** Every lead matching the filters, newest first, for the CSV export (capped). */
export async function exportLeads(db: Db, scope: TenantScope, query: Omit<LeadQuery, 'limit' | 'offset'>, cap = 50_000): Promise<LeadRecord[]> {
  return (await filtered(db, scope, query).orderBy('leads.received_at', 'desc').orderBy('leads.id').limit(cap).execute()).map(toRecord);
}
