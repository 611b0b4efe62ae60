import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../../../notifications/kinds.js';
import { guid, isoDate, pagination } from '../../common/schemas.js';

export const kindSchema = z.enum(NOTIFICATION_KINDS);

export const notificationSchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  kind: kindSchema,
  title: z.string().describe('What happened, in a sentence (the email subject)'),
  body: z.string().describe('The details, as the email says them'),
  link: z.string().describe("Where in the app to act (a path on LicenseHub's own address)"),
  linkLabel: z.string(),
  createdAt: isoDate,
  readAt: isoDate.nullable(),
});

export const notificationPage = z.object({
  items: z.array(notificationSchema),
  total: z.number().int().describe('Notifications matching the query'),
  unread: z.number().int().describe('All unread notifications of the caller (the bell count)'),
});

export const listQuery = z.strictObject({
  unreadOnly: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .optional()
    .transform((v) => v === 'true'),
  ...pagination,
});

export const notificationParams = z.object({ notificationId: guid('notification ID') });

export const preferenceSchema = z.object({
  kind: kindSchema,
  label: z.string(),
  description: z.string(),
  email: z.boolean(),
});

export const preferencesResponse = z.object({
  /** Whether this server sends email at all (LICENSEHUB_SMTP_URL). */
  emailAvailable: z.boolean(),
  items: z.array(preferenceSchema),
});

export const preferencesBody = z.strictObject({
  email: z
    .strictObject(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, z.boolean({ message: 'must be true or false' }).optional()])) as Record<
      (typeof NOTIFICATION_KINDS)[number],
      z.ZodOptional<z.ZodBoolean>
    >)
    .describe('Email on (true) or off (false) per kind; a kind left out is on'),
});
