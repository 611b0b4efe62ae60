import { z } from 'zod';
import { programPrerequisites } from '../../../domain/offers/prerequisites.js';
import type { ProgramRecord } from '../../../store/partner/program.js';
import { isoDate } from '../../common/schemas.js';
import { partnerId } from '../../operator/tenants/schema.js';

export const applicationBody = z.strictObject({
  publisherId: z
    .string()
    .max(100, 'must be at most 38 characters')
    .describe('The short ID in every Service ID (<publisherId>.<offerId>.<planId>): lowercase letters, digits, "-" and "_", at most 38 characters; unique on the platform'),
  partnerId: partnerId.optional().describe('Required when no partner ID is on file'),
  acceptMarketplaceAgreement: z.literal(true, { error: 'must be true: accept the marketplace publisher agreement to enroll in the marketplace' }),
});

export const prerequisiteSchema = z.object({
  key: z.enum(['partnerId', 'marketplaceEnrollment', 'programApproval']),
  label: z.string(),
  met: z.boolean(),
  message: z.string(),
});

export const programSchema = z.object({
  status: z.enum(['not_enrolled', 'pending', 'approved', 'declined']),
  publisherId: z.string().nullable(),
  partnerId: z.string().nullable(),
  marketplaceEnrolled: z.boolean(),
  appliedAt: isoDate.nullable(),
  decidedAt: isoDate.nullable(),
  decisionReason: z.string().nullable(),
  prerequisites: z.array(prerequisiteSchema),
  canManageLicenses: z.boolean().describe('Every prerequisite is met: offers may enable app license management'),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentProgram(p: ProgramRecord): z.infer<typeof programSchema> {
  const prerequisites = programPrerequisites(p);
  return {
    status: p.programStatus,
    publisherId: p.publisherId,
    partnerId: p.partnerId,
    marketplaceEnrolled: p.marketplaceEnrolled,
    appliedAt: iso(p.appliedAt),
    decidedAt: iso(p.decidedAt),
    decisionReason: p.decisionReason,
    prerequisites,
    canManageLicenses: prerequisites.every((x) => x.met),
  };
}
