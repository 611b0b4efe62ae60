import { z } from 'zod';
import type { UserRecord } from '../../../store/directory/users.js';
import { countryCode, displayName, guid, pagination, tenantParams } from '../../common/schemas.js';

export const TENANT_ROLES = ['global_admin', 'billing_admin', 'license_admin', 'user_admin'] as const;
/** The roles a Global admin hands out; `operator` only in the operator's tenant, by an operator. */
export const ASSIGNABLE_ROLES = [...TENANT_ROLES, 'operator'] as const;

export const userParams = tenantParams.extend({ userId: guid('user ID') });

export const userSchema = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  usageLocation: z.string().nullable(),
  enabled: z.boolean(),
  roles: z.array(z.string()),
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

const password = z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');

export const listUsersQuery = z.strictObject({
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  role: z.enum(TENANT_ROLES).optional(),
  enabled: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ...pagination,
});

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
  created: z.array(z.object({ line: z.number(), id: z.string().nullable(), userPrincipalName: z.string() })),
  rejected: z.array(z.object({ line: z.number(), userPrincipalName: z.string().nullable(), errors: z.array(z.string()) })),
});
