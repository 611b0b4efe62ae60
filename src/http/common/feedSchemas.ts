import { z } from 'zod';
import { EVENT_TYPE_NAMES, EVENT_TYPES, isEventType } from '../../domain/events/catalogue.js';
import { toCloudEvent, type StoredEvent } from '../../domain/events/cloudEvent.js';

/** Schemas the change feed's routes share (feed reads, webhooks, the SIEM stream). */

export const revision = z
  .string()
  .regex(/^\d{1,18}$/, 'must be a revision: a whole number such as 0 or 1234 (the LicenseHub-Revision header, or an event\'s revision)');

export const eventTypeList = z
  .string()
  .trim()
  .transform((v) => v.split(',').map((t) => t.trim()).filter(Boolean))
  .refine((types) => types.every(isEventType), {
    message: `must be event types separated by commas, from: ${EVENT_TYPE_NAMES.join(', ')}`,
  });

export const eventType = z.enum(EVENT_TYPE_NAMES as [string, ...string[]]).describe('A change-feed event type (GET /api/v1/events/types lists them)');

export const feedQuery = z.strictObject({
  after: revision.default('0').describe('Only events after this revision; send the previous page\'s `after` to go on'),
  types: eventTypeList.optional().describe('Only these event types, comma-separated'),
  limit: z.coerce.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000').default(100),
});

export const cloudEventSchema = z
  .object({
    specversion: z.literal('1.0'),
    id: z.string(),
    source: z.string(),
    type: z.string(),
    subject: z.string(),
    time: z.string(),
    datacontenttype: z.literal('application/json'),
    revision: z.string().describe('The change-feed revision (CloudEvents extension attribute)'),
    data: z
      .record(z.string(), z.unknown())
      .describe("The event's facts; GET /api/v1/events/types lists each type's fields. Offers and plans are named by GUID (offerId, planId), their readable keys beside them (offerKey, planKey)"),
  })
  .describe('A CloudEvents 1.0 event (structured JSON)');

export const feedPage = z.object({
  items: z.array(cloudEventSchema),
  after: z.string().describe('The revision to send as `after` for the next page (the same as sent when nothing new came)'),
});

export function presentFeedPage(rows: StoredEvent[], after: string) {
  return { items: rows.map(toCloudEvent), after: rows.length ? String(rows.at(-1)!.revision) : after };
}

export const eventCatalogueSchema = z.object({
  items: z.array(
    z.object({
      type: eventType,
      description: z.string(),
      subject: z.string(),
      audience: z.string(),
      data: z.record(z.string(), z.string()),
    }),
  ),
});

export const eventCatalogue = () => ({ items: Object.entries(EVENT_TYPES).map(([type, info]) => ({ type, ...info })) });
