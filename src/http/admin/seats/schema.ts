import { z } from 'zod';
import type { SeatPolicy } from '../../../domain/seats/seatPolicy.js';
import { guid, isoDate, tenantParams } from '../../common/schemas.js';

export const productParams = tenantParams.extend({ planId: guid('plan ID of the product') });
export const waiterParams = productParams.extend({ userId: guid('user ID') });
export const userParams = tenantParams.extend({ userId: guid('user ID') });

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const seatPolicySchema = z.strictObject({
  autoClaim: z
    .string({ message: 'must be "off", "anyone" or a group ID' })
    .refine((v) => v === 'off' || v === 'anyone' || GUID.test(v), 'must be "off", "anyone" or a group ID')
    .transform((v) => v.toLowerCase())
    .describe('Who takes a free seat by opening the app: "off", "anyone" in the organization, or the members of a group (its ID; nested groups count)'),
  waitingRoom: z
    .enum(['off', 'automatic', 'manual'], { message: 'must be "off", "automatic" or "manual"' })
    .describe('When no seat is free: no waiting room, or people queue and a freed seat goes to the first in line automatically or when an admin approves'),
  reclaimAfterDays: z
    .number({ message: 'must be a whole number of days or null' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(3650, 'must be at most 3650')
    .nullable()
    .describe('A seat unused this many days is announced to its holder and then reclaimed; null: never'),
  reclaimNoticeDays: z
    .number({ message: 'must be a whole number of days' })
    .int('must be a whole number of days')
    .min(0, 'must be 0 or more')
    .max(365, 'must be at most 365')
    .describe('Days between the announcement and the reclamation'),
  exclusionGroupId: guid('group ID').nullable().describe('Members of this group keep their seats however little they use them'),
});

export type SeatPolicyBody = z.output<typeof seatPolicySchema>;

export const policyFromBody = (body: SeatPolicyBody): SeatPolicy => ({
  autoClaim: body.autoClaim === 'off' || body.autoClaim === 'anyone' ? body.autoClaim : { groupId: body.autoClaim },
  waitingRoom: body.waitingRoom,
  reclaimAfterDays: body.reclaimAfterDays,
  reclaimNoticeDays: body.reclaimNoticeDays,
  exclusionGroupId: body.exclusionGroupId,
});

export const seatPolicyResponse = z.object({
  autoClaim: z.string(),
  waitingRoom: z.enum(['off', 'automatic', 'manual']),
  reclaimAfterDays: z.number().int().nullable(),
  reclaimNoticeDays: z.number().int(),
  exclusionGroupId: z.string().nullable(),
});

export const presentPolicy = (policy: SeatPolicy): z.infer<typeof seatPolicyResponse> => ({
  autoClaim: typeof policy.autoClaim === 'object' ? policy.autoClaim.groupId : policy.autoClaim,
  waitingRoom: policy.waitingRoom,
  reclaimAfterDays: policy.reclaimAfterDays,
  reclaimNoticeDays: policy.reclaimNoticeDays,
  exclusionGroupId: policy.exclusionGroupId,
});

export const waiterSchema = z.object({
  position: z.number().int().describe('1: next to get a seat'),
  userId: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string(),
  reason: z.enum(['launch', 'claim', 'request', 'reclaimed']),
  joinedAt: isoDate,
});

export const activitySchema = z.object({
  assigned: z.number().int(),
  active: z
    .object({ last7Days: z.number().int(), last30Days: z.number().int(), last90Days: z.number().int() })
    .describe('Holders of an active seat who launched the app or passed a license check in the period'),
  retentionDays: z.number().int().describe('Uses older than this are forgotten (LICENSEHUB_USAGE_RETENTION_DAYS)'),
  holders: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      userPrincipalName: z.string(),
      state: z.enum(['active', 'not_enough_licenses']),
      since: isoDate,
      lastUsedAt: isoDate.nullable().describe('Last launch or successful check; null: never (within the retention period)'),
    }),
  ),
});

export const userUsageSchema = z.object({
  items: z.array(z.object({ planId: z.string().meta({ format: 'uuid' }), planName: z.string(), offerName: z.string(), lastUsedAt: isoDate.nullable() })),
});

export const reclamationParams = tenantParams.extend({ reclamationId: guid('reclamation ID') });

export const reclamationItemSchema = z.object({
  userId: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  step: z.enum(['announce', 'cancel', 'reclaim']).describe('announce: unused long enough, the holder is told; cancel: used again or excluded, kept; reclaim: the notice ended'),
  lastUsedAt: isoDate.nullable(),
  idleSince: isoDate,
  dueAt: isoDate.describe('When the seat is (or would be) reclaimed'),
});

export const reclamationRunSchema = z.object({
  announced: z.array(reclamationItemSchema),
  cancelled: z.array(reclamationItemSchema),
  reclaimed: z.array(reclamationItemSchema),
});

export const reclamationSchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  planId: z.string().meta({ format: 'uuid' }),
  planName: z.string(),
  userId: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  state: z.enum(['announced', 'cancelled', 'reclaimed', 'undone']),
  lastUsedAt: isoDate.nullable(),
  announcedAt: isoDate,
  dueAt: isoDate,
  reclaimedAt: isoDate.nullable(),
  undoneAt: isoDate.nullable(),
  undoUntil: isoDate.nullable().describe('A reclaimed seat can be given back until then'),
});
