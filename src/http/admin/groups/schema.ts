import { z } from 'zod';
import type { GroupMemberRecord, GroupRecord } from '../../../store/directory/groups.js';
import { displayName, guid, pagination, tenantParams } from '../../common/schemas.js';

export const groupParams = tenantParams.extend({ groupId: guid('group ID') });
export const memberParams = groupParams.extend({ memberId: guid('member ID') });

export const groupSchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  displayName: z.string(),
  description: z.string(),
  memberCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A group with the groups it is a direct member of (Microsoft 365's "Member of"). */
export const groupDetailSchema = groupSchema.extend({
  memberOf: z.array(z.object({ id: z.string().meta({ format: 'uuid' }), displayName: z.string() })).describe('The groups this group is a direct member of; their licenses reach its members too'),
});

export const presentGroup = (g: GroupRecord): z.infer<typeof groupSchema> => ({
  id: g.id,
  displayName: g.displayName,
  description: g.description,
  memberCount: g.memberCount,
  createdAt: g.createdAt.toISOString(),
  updatedAt: g.updatedAt.toISOString(),
});

export const memberSchema = z.object({
  type: z.enum(['user', 'group']),
  id: z.string().meta({ format: 'uuid' }),
  displayName: z.string(),
  userPrincipalName: z.string().nullable(),
  enabled: z.boolean().nullable(),
  addedAt: z.string(),
});

export const presentMember = (m: GroupMemberRecord): z.infer<typeof memberSchema> => ({ ...m, addedAt: m.addedAt.toISOString() });

export const listGroupsQuery = z.strictObject({ search: z.string().trim().max(200, 'must be at most 200 characters').optional(), ...pagination });

const description = z.string().trim().max(1024, 'must be at most 1024 characters');

export const createGroupBody = z.strictObject({ displayName: displayName(256), description: description.optional() });

export const updateGroupBody = z
  .strictObject({ displayName: displayName(256).optional(), description: description.optional() })
  .refine((b) => b.displayName !== undefined || b.description !== undefined, { message: 'send displayName or description' });

export const addMemberBody = z.strictObject({
  memberType: z.enum(['user', 'group'], { message: 'must be "user" or "group"' }),
  memberId: guid('member ID'),
});
