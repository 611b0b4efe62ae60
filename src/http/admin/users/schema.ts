import { z } from 'zod';
import type { UserRecord } from '../../../store/directory/users.js';
import type { LicenseSummary } from '../../../store/licensing/licenseSummaries.js';
import { countryCode, displayName, guid, pagination, tenantParams } from '../../common/schemas.js';

export const TENANT_ROLES = ['global_admin', 'billing_admin', 'license_admin', 'user_admin'] as const;
/** The roles a Global admin hands out; `operator` only in the operator's tenant, by an operator. */
export const ASSIGNABLE_ROLES = [...TENANT_ROLES, 'operator'] as const;

export const userParams = tenantParams.extend({ userId: guid('user ID') });

export const userSchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  userPrincipalName: z.string(),
  displayName: z.string(),
  usageLocation: z.string().nullable(),
  enabled: z.boolean(),
  roles: z.array(z.enum(ASSIGNABLE_ROLES)),
  hasPassword: z.boolean(),
  mfaEnrolled: z.boolean(),
  source: z.enum(['local', 'scim', 'sso']).describe('Where the user comes from: created here (local), provisioned by SCIM, or created at their first single sign-on'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const presentUser = (u: UserRecord): z.infer<typeof userSchema> => ({
  id: u.id,
  userPrincipalName: u.userPrincipalName,
  displayName: u.displayName,
  usageLocation: u.usageLocation,
  enabled: u.enabled,
  roles: u.roles,
  hasPassword: u.hasPassword,
  mfaEnrolled: u.mfaEnrolled,
  source: u.source,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

export const userLicenseSummarySchema = z.object({
  planId: z.string().meta({ format: 'uuid' }).describe("The product's plan GUID"),
  name: z.string().describe("The plan's name"),
  state: z.enum(['active', 'not_enough_licenses', 'user_disabled']).describe('active: holds a seat; not_enough_licenses: entitled through a group, waiting for a seat; user_disabled: directly assigned, but the account is disabled'),
  sources: z
    .array(z.union([z.object({ kind: z.literal('direct') }), z.object({ kind: z.literal('group'), groupId: z.string().meta({ format: 'uuid' }), groupName: z.string() })]))
    .describe('How the user comes by it: assigned directly, or through a group (the group assigned the product, which may contain the user through nested groups)'),
});

/** A user in the list: the user and the products they hold. */
export const listedUserSchema = userSchema.extend({ licenses: z.array(userLicenseSummarySchema) });

export const presentListedUser = (u: UserRecord, licenses: LicenseSummary[]): z.infer<typeof listedUserSchema> => ({ ...presentUser(u), licenses });

const password = z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');

const userFilters = {
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  role: z.enum(TENANT_ROLES).optional(),
  enabled: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  licensed: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: users holding at least one product (directly or through a group); false: users holding none (with planId: users not holding that product)'),
  planId: guid('plan ID of a product').optional().describe('Users holding this product, directly or through a group'),
};

export const listUsersQuery = z.strictObject({ ...userFilters, ...pagination });

export const exportUsersQuery = z.strictObject(userFilters);

export const createUserBody = z.strictObject({
  userPrincipalName: z.string().trim().min(1, 'is required').max(113, 'must be at most 113 characters'),
  displayName: displayName(),
  usageLocation: countryCode.optional(),
  enabled: z.boolean().default(true),
  password: password.optional(),
  roles: z.array(z.enum(ASSIGNABLE_ROLES)).max(5).default([]),
});

export const updateUserBody = z
  .strictObject({
    userPrincipalName: z.string().trim().min(1, 'must not be empty').max(113, 'must be at most 113 characters').optional(),
    displayName: displayName().optional(),
    usageLocation: countryCode.nullable().optional(),
    enabled: z.boolean().optional(),
    password: password.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'send at least one field to change' });

export const setRolesBody = z.strictObject({ roles: z.array(z.enum(ASSIGNABLE_ROLES)).max(5) });

export const importQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).transform((v) => v === 'true').default(false) });

export const importResult = z.object({
  dryRun: z.boolean(),
  created: z.array(z.object({ line: z.number(), id: z.string().meta({ format: 'uuid' }).nullable(), userPrincipalName: z.string() })),
  rejected: z.array(z.object({ line: z.number(), userPrincipalName: z.string().nullable(), errors: z.array(z.string()) })),
});
