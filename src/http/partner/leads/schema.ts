import { z } from 'zod';
import { LEAD_NOTE_MAX } from '../../../domain/marketplace/leadForm.js';
import type { LeadDetail, LeadRecord } from '../../../store/marketplace/leads.js';
import type { LeadDelivery } from '../../../store/schema.js';
import { guid, isoDate } from '../../common/schemas.js';

const STATUSES = ['new', 'contacted', 'won', 'lost'] as const;

export const leadFilters = {
  status: z.enum(STATUSES, { message: 'must be new, contacted, won or lost' }).optional(),
  offer: z.string().trim().max(40, 'must be at most 40 characters').optional().describe("One of your offers: its GUID or its offer key, e.g. fieldops"),
  search: z.string().trim().max(200, 'must be at most 200 characters').optional().describe('Text in the name, email or company'),
};

export const listLeadsQuery = z.strictObject({
  ...leadFilters,
  page: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(100_000, 'must be at most 100000').default(1),
  pageSize: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200').default(25),
});

export const exportLeadsQuery = z.strictObject(leadFilters);

export const leadParams = z.object({ id: guid('lead ID') });

export const statusBody = z.strictObject({ status: z.enum(STATUSES, { message: 'must be new, contacted, won or lost' }) });

export const noteBody = z.strictObject({ text: z.string().max(LEAD_NOTE_MAX * 2, `must be at most ${LEAD_NOTE_MAX} characters`).describe(`At most ${LEAD_NOTE_MAX} characters`) });

const delivery = z
  .enum(['inbox', 'delivered', 'retrying', 'failed', 'not_delivered'])
  .describe(
    "inbox: no webhook endpoint takes the offer's lead.created events; retrying: not delivered yet; delivered: an endpoint answered 2xx; failed: a delivery was parked after its last try; not_delivered: no endpoint will send it any more (the one that was to send it was deleted, or no longer takes the offer's leads; deliveryNote says which)",
  );

export const leadSummarySchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  offer: z.object({ id: z.string().meta({ format: 'uuid' }), offerKey: z.string(), name: z.string() }),
  name: z.string(),
  email: z.string().meta({ format: 'email' }),
  company: z.string(),
  country: z.string(),
  status: z.enum(STATUSES),
  receivedAt: isoDate,
  delivery,
  deliveryNote: z.string().nullable().describe('Why the lead was not delivered, e.g. "The endpoint https://… was deleted before it sent this lead"; null unless delivery is not_delivered'),
});

export const leadDetailSchema = leadSummarySchema.extend({
  phone: z.string().nullable(),
  message: z.string(),
  consent: z.boolean(),
  updatedAt: isoDate,
  nextAttemptAt: isoDate.nullable().describe('When a webhook delivery of the lead is tried next, while retrying'),
  notes: z.array(z.object({ id: z.string().meta({ format: 'uuid' }), text: z.string(), author: z.string(), createdAt: isoDate })),
  deliveries: z
    .array(z.object({ attempt: z.number().int(), at: isoDate, url: z.string().meta({ format: 'uri' }), statusCode: z.number().int().nullable(), error: z.string().nullable() }))
    .describe("Every attempt to send the lead's lead.created event to the publisher's webhook endpoints, oldest first (re-send from Webhooks)"),
});

const deliveryOf = (d: LeadDelivery): z.infer<typeof delivery> => (d === 'pending' ? 'retrying' : d);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentLead = (l: LeadRecord): z.infer<typeof leadSummarySchema> => ({
  id: l.id,
  offer: { id: l.offer.id, offerKey: l.offer.offerKey, name: l.offer.name },
  name: l.name,
  email: l.email,
  company: l.company,
  country: l.country,
  status: l.status,
  receivedAt: l.receivedAt.toISOString(),
  delivery: deliveryOf(l.delivery),
  deliveryNote: l.delivery === 'not_delivered' ? l.deliveryNote : null,
});

export const presentLeadDetail = (l: LeadDetail): z.infer<typeof leadDetailSchema> => ({
  ...presentLead(l),
  phone: l.phone || null,
  message: l.message,
  consent: l.consent,
  updatedAt: l.updatedAt.toISOString(),
  nextAttemptAt: iso(l.nextAttemptAt),
  notes: l.notes.map((n) => ({ id: n.id, text: n.text, author: n.author, createdAt: n.createdAt.toISOString() })),
  deliveries: l.deliveries.map((d) => ({ ...d, at: d.at.toISOString() })),
});
