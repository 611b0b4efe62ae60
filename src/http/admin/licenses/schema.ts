import { z } from 'zod';
import type { LicenseTerms } from '../../../domain/licenses/productStatus.js';
import type { HolderRecord, HolderSource } from '../../../store/licensing/holders.js';
import type { AssignmentRecord, ProductRecord } from '../../../store/licensing/products.js';
import type { UserLicenseRecord } from '../../../store/licensing/userLicenses.js';
import { guid, isoDate, pagination, tenantParams } from '../../common/schemas.js';

export const productParams = tenantParams.extend({ planId: guid('plan ID of the product') });

const PRODUCT_STATES = ['active', 'warning', 'suspended', 'removed'] as const;

export const productSchema = z.object({
  planId: z.string().meta({ format: 'uuid' }).describe('The product is the plan: its GUID identifies the product in this API'),
  planKey: z.string().describe("The plan's readable key (e.g. gold)"),
  name: z.string(),
  serviceId: z.string(),
  offer: z.object({ id: z.string().meta({ format: 'uuid' }), offerKey: z.string(), name: z.string(), allowInstallWithoutLicense: z.boolean() }),
  publisher: z.object({ tenantId: z.string(), name: z.string() }),
  purchased: z.number().int(),
  assigned: z.number().int(),
  available: z.number().int(),
  notEnoughLicenses: z.number().int().describe('Users entitled through a group but beyond the seat count'),
  state: z.enum(PRODUCT_STATES),
  nextChangeAt: isoDate.nullable().describe('When the state changes next (grace period, suspension, removal)'),
  nextStateDays: z
    .number()
    .int()
    .nullable()
    .describe('How many days the state that starts at nextChangeAt lasts: the grace period after an active product ends, the suspension after grace; null when nothing follows'),
  updatedAt: isoDate,
});

/** How long the next state lasts, from the server's lifecycle settings. */
function nextStateDays(p: ProductRecord, terms: LicenseTerms): number | null {
  if (!p.nextChangeAt) return null;
  if (p.state === 'active') return terms.graceDays;
  if (p.state === 'warning') return terms.suspendedDays;
  return null;
}

export const presentProduct = (p: ProductRecord, terms: LicenseTerms): z.infer<typeof productSchema> => ({
  planId: p.planId,
  planKey: p.planKey,
  name: p.planName,
  serviceId: p.serviceId,
  offer: p.offer,
  publisher: p.publisher,
  purchased: p.purchased,
  assigned: p.assigned,
  available: p.available,
  notEnoughLicenses: p.notEnoughLicenses,
  state: p.state,
  nextChangeAt: p.nextChangeAt?.toISOString() ?? null,
  nextStateDays: nextStateDays(p, terms),
  updatedAt: p.updatedAt.toISOString(),
});

export const assignmentSchema = z.object({
  kind: z.enum(['user', 'group']),
  id: z.string().meta({ format: 'uuid' }),
  displayName: z.string(),
  userPrincipalName: z.string().nullable(),
  assignedAt: isoDate,
  activeMembers: z.number().int().nullable(),
  notEnoughMembers: z.number().int().nullable(),
});

export const presentAssignment = (a: AssignmentRecord): z.infer<typeof assignmentSchema> => ({ ...a, assignedAt: a.assignedAt.toISOString() });

const sourceSchema = z.union([
  z.object({ kind: z.literal('direct') }),
  z.object({
    kind: z.literal('group'),
    groupId: z.string(),
    groupName: z.string(),
    via: z.array(z.object({ id: z.string().meta({ format: 'uuid' }), name: z.string() })).describe('Nested groups between the assigned group and the user; empty for a direct member'),
  }),
]);

export const holderSchema = z.object({
  user: z.object({ id: z.string().meta({ format: 'uuid' }), displayName: z.string(), userPrincipalName: z.string() }),
  state: z.enum(['active', 'not_enough_licenses']),
  since: isoDate,
  sources: z.array(sourceSchema),
});

export const presentHolder = (h: HolderRecord): z.infer<typeof holderSchema> => ({ ...h, since: h.since.toISOString(), sources: h.sources.map(presentSource) });

const presentSource = (s: HolderSource) => s;

export const holdersQuery = z.strictObject({
  state: z.enum(['active', 'not_enough_licenses']).optional(),
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  ...pagination,
});

export const listProductsQuery = z.strictObject({
  includeRemoved: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
});

const ids = (what: string, max: number) => z.array(guid(what)).max(max, `must list at most ${max}`);

export const assignBody = z
  .strictObject({
    userIds: ids('user ID', 1000).default([]),
    groupIds: ids('group ID', 200).default([]),
    userPrincipalNames: z.array(z.string().trim().min(1, 'must not be empty').max(113, 'must be at most 113 characters')).max(1000, 'must list at most 1000').default([]),
    partial: z
      .boolean()
      .default(false)
      .describe('Assign whoever fits instead of refusing the whole request: users beyond the free seats (in the order given) and disabled users are left out and listed in notAssigned'),
  })
  .refine((b) => b.userIds.length + b.groupIds.length + b.userPrincipalNames.length > 0, { message: 'name at least one user or group' });

export const unassignBody = z
  .strictObject({ userIds: ids('user ID', 1000).default([]), groupIds: ids('group ID', 200).default([]) })
  .refine((b) => b.userIds.length + b.groupIds.length > 0, { message: 'name at least one user or group' });

export const assignmentResultSchema = z.object({
  product: productSchema,
  overAssigned: z.number().int().describe('Users entitled but beyond the seat count, marked "not enough licenses"'),
  users: z.array(z.object({ id: z.string().meta({ format: 'uuid' }), state: z.enum(['active', 'not_enough_licenses', 'none']) })),
  groups: z.array(z.object({ id: z.string().meta({ format: 'uuid' }), activeMembers: z.number().int(), notEnoughMembers: z.number().int() })),
  alreadyAssigned: z.object({ userIds: z.array(z.string()), groupIds: z.array(z.string()) }),
  notAssigned: z
    .array(z.object({ id: z.string().meta({ format: 'uuid' }), userPrincipalName: z.string(), reason: z.enum(['not_enough_licenses', 'user_disabled']) }))
    .describe('With partial: the users left without the assignment, and why; otherwise empty'),
});

export const userLicenseSchema = z.object({
  planId: z.string().meta({ format: 'uuid' }).describe("The plan's GUID"),
  name: z.string(),
  serviceId: z.string(),
  offer: z.object({ id: z.string().meta({ format: 'uuid' }), name: z.string() }),
  productState: z.enum(PRODUCT_STATES),
  state: z.enum(['active', 'not_enough_licenses', 'user_disabled']),
  since: isoDate.nullable(),
  sources: z.array(sourceSchema),
});

export const presentUserLicense = (l: UserLicenseRecord): z.infer<typeof userLicenseSchema> => ({
  planId: l.planId,
  name: l.planName,
  serviceId: l.serviceId,
  offer: l.offer,
  productState: l.productState,
  state: l.state,
  since: l.since?.toISOString() ?? null,
  sources: l.sources,
});

export const groupLicenseSchema = z.object({
  planId: z.string().meta({ format: 'uuid' }).describe("The plan's GUID"),
  name: z.string(),
  serviceId: z.string(),
  offerName: z.string(),
  productState: z.enum(PRODUCT_STATES),
  assignedAt: isoDate,
  inheritedFrom: z
    .object({ id: z.string().meta({ format: 'uuid' }), displayName: z.string() })
    .nullable()
    .describe('null: assigned to this group; otherwise the group (this group is inside it, at any depth) the product is assigned to'),
  activeMembers: z.number().int().describe("The group's members (at any depth) holding a seat through this assignment"),
  notEnoughMembers: z.number().int(),
});
