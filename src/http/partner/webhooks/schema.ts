import { z } from 'zod';
import { guid, isoDate } from '../../common/schemas.js';
import { eventType, revision } from '../../common/feedSchemas.js';
import type { WebhookEndpointRow } from '../../../store/webhooks.js';

export const endpointParams = z.object({ endpointId: guid('webhook endpoint ID') });
export const deliveryParams = endpointParams.extend({ deliveryId: z.string().regex(/^\d{1,18}$/, 'must be a delivery ID (a whole number)') });

const url = z.string().trim().max(2000, 'must be at most 2000 characters');
const eventTypes = z
  .array(eventType)
  .min(1, 'choose at least one event type')
  .max(100, 'must be at most 100 event types')
  .describe('The event types to send (GET /api/v1/events/types)');
const description = z.string().trim().max(500, 'must be at most 500 characters');

const offerId = guid('the offer')
  .nullable()
  .describe("Only events about this offer of yours (those whose data.offerId is its GUID), e.g. its leads (lead.created); null: every offer's");

export const createEndpointBody = z.strictObject({ url, eventTypes, description: description.default(''), offerId: offerId.default(null) });
export const updateEndpointBody = z
  .strictObject({ url: url.optional(), eventTypes: eventTypes.optional(), description: description.optional(), enabled: z.boolean().optional(), offerId: offerId.optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'send url, eventTypes, description, offerId or enabled' });
export const replayBody = z.strictObject({ fromRevision: revision.describe('Send the endpoint\'s events from this revision on (inclusive)') });
export const deliveriesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1, 'must be at least 1').max(200, 'must be at most 200').default(50),
  before: z.string().regex(/^\d{1,18}$/, 'must be a delivery ID').optional().describe('Only deliveries older than this one (the previous page\'s nextBefore)'),
  state: z.enum(['pending', 'delivered', 'parked'], { message: 'must be pending, delivered or parked' }).optional(),
});

export const endpointSchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(z.string()),
  offer: z
    .object({ id: z.string().meta({ format: 'uuid' }), offerKey: z.string(), name: z.string() })
    .nullable()
    .describe('The one offer whose events the endpoint takes; null: every offer\'s'),
  enabled: z.boolean(),
  status: z.enum(['active', 'disabled', 'paused']).describe('paused: a delivery was parked after its last try; re-send it or turn the endpoint on again'),
  pausedReason: z.string().nullable(),
  cursor: z.string().describe('The last feed revision queued for this endpoint'),
  pending: z.number().int().describe('Deliveries waiting to be sent'),
  nextAttemptAt: isoDate.nullable(),
  previousSecretValidUntil: isoDate.nullable().describe('After a rotation, until when deliveries are also signed with the previous secret'),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const createdEndpointSchema = endpointSchema.extend({
  secret: z.string().describe('The signing secret (whsec_…), shown this once: store it where the receiver verifies signatures'),
});

export function presentEndpoint(row: WebhookEndpointRow, queue: { pending: number; nextAttemptAt: Date | null }): z.infer<typeof endpointSchema> {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    offer: row.offer_id && row.offer_key !== null && row.offer_name !== null ? { id: row.offer_id, offerKey: row.offer_key, name: row.offer_name } : null,
    enabled: row.enabled,
    status: !row.enabled ? 'disabled' : row.paused_at ? 'paused' : 'active',
    pausedReason: row.paused_reason,
    cursor: String(row.cursor),
    pending: queue.pending,
    nextAttemptAt: queue.nextAttemptAt ? new Date(queue.nextAttemptAt).toISOString() : null,
    previousSecretValidUntil: row.previous_secret_until ? row.previous_secret_until.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export const deliverySchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  messageId: z.string().describe('The webhook-id header: the event id, the same on every retry and replay'),
  eventType: z.string(),
  revision: z.string().nullable(),
  state: z.enum(['pending', 'delivered', 'parked']),
  attempts: z.number().int(),
  nextAttemptAt: isoDate.nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: isoDate,
  attemptLog: z.array(z.object({ attempt: z.number().int(), at: isoDate, statusCode: z.number().int().nullable(), error: z.string().nullable(), durationMs: z.number().int() })),
});

export const deliveryPage = z.object({ items: z.array(deliverySchema), nextBefore: z.string().nullable() });
