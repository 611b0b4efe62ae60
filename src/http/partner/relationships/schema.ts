import { z } from 'zod';
import type { RelationshipRecord } from '../../../store/licensing/relationships.js';
import { guid, isoDate, pagination, tenantParams } from '../../common/schemas.js';

export const RELATIONSHIP_STATUSES = ['pending', 'accepted', 'declined', 'ended', 'expired', 'cancelled'] as const;

export const relationshipParams = tenantParams.extend({ relationshipId: guid('relationship ID') });

export const relationshipSchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  publisher: z.object({ tenantId: z.string(), name: z.string() }),
  customer: z.object({ tenantId: z.string().nullable(), name: z.string().nullable() }),
  status: z.enum(RELATIONSHIP_STATUSES),
  message: z.string(),
  createdAt: isoDate,
  expiresAt: isoDate,
  respondedAt: isoDate.nullable(),
  endedAt: isoDate.nullable(),
  endedBy: z.enum(['publisher', 'customer']).nullable(),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentRelationship = (r: RelationshipRecord): z.infer<typeof relationshipSchema> => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  expiresAt: r.expiresAt.toISOString(),
  respondedAt: iso(r.respondedAt),
  endedAt: iso(r.endedAt),
});

export const listRelationshipsQuery = z.strictObject({ status: z.enum(RELATIONSHIP_STATUSES).optional(), ...pagination });

export const createInvitationBody = z.strictObject({
  customerTenantId: guid('customer tenant ID').optional().describe('Limit the invitation to this tenant; leave out for a link any customer admin may accept'),
  message: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
});

export const invitationSchema = relationshipSchema.extend({
  invitationUrl: z.string().meta({ format: 'uri' }).describe('Send this link to the customer; it is shown only now'),
  code: z.string(),
});
