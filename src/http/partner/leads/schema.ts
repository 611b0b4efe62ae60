import { z } from 'zod';
import { LEAD_NOTE_MAX } from '../../../domain/marketplace/leadForm.js';
import type { LeadDetail, LeadRecord } from '../../../store/marketplace/leads.js';
import type { LeadDelivery } from '../../../store/schema.js';
import { guid, isoDate } from '../../common/schemas.js';

const STATUSES = ['new', 'contacted', 'won', 'lost'] as const;

export const leadFilters = {
  status: z.enum(STATUSES, { message: 'must be new, contacted, won or lost' }).optional(),
  offer: z.string().trim().max(40, 'must be at most 40 characters').optional().describe('One of your offer IDs, e.g. fieldops'),
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

const delivery = z.enum(['inbox', 'delivered', 'retrying', 'failed']).describe('inbox: no webhook; retrying: not delivered yet, the next attempt is scheduled; failed: every attempt failed');

export const leadSummarySchema = z.object({
  id: z.string(),
  offer: z.object({ offerId: z.string(), name: z.string() }),
  name: z.string(),
  email: z.string().meta({ format: 'email' }),
  company: z.string(),
  country: z.string(),
  status: z.enum(STATUSES),
  receivedAt: isoDate,
  delivery,
});

export const leadDetailSchema = leadSummarySchema.extend({
  phone: z.string().nullable(),
  message: z.string(),
  consent: z.boolean(),
  updatedAt: isoDate,
  nextAttemptAt: isoDate.nullable().describe('When the webhook is tried next, while retrying'),
  notes: z.array(z.object({ id: z.string(), text: z.string(), author: z.string(), createdAt: isoDate })),
  deliveries: z.array(
    z.object({ attempt: z.number().int(), at: isoDate, url: z.string().meta({ format: 'uri' }), statusCode: z.number().int().nullable(), error: z.string().nullable(), nextAttemptAt: isoDate.nullable() }),
  ),
});

const deliveryOf = (d: LeadDelivery): z.infer<typeof delivery> => (d === 'pending' ? 'retrying' : d);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentLead = (l: LeadRecord): z.infer<typeof leadSummarySchema> => ({
  id: l.id,
  offer: { offerId: l.offer.offerId, name: l.offer.name },
  name: l.name,
  email: l.email,
  company: l.company,
  country: l.country,
  status: l.status,
  receivedAt: l.receivedAt.toISOString(),
  delivery: deliveryOf(l.delivery),
});

export const presentLeadDetail = (l: LeadDetail): z.infer<typeof leadDetailSchema> => ({
  ...presentLead(l),
  phone: l.phone || null,
  message: l.message,
  consent: l.consent,
  updatedAt: l.updatedAt.toISOString(),
  nextAttemptAt: iso(l.nextAttemptAt),
  notes: l.notes.map((n) => ({ id: n.id, text: n.text, author: n.author, createdAt: n.createdAt.toISOString() })),
  deliveries: l.deliveries.map((d) => ({ ...d, at: d.at.toISOString(), nextAttemptAt: iso(d.nextAttemptAt) })),
});
