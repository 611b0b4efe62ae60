import { z } from 'zod';
import { countryName } from '../../../domain/countries.js';
import type { TenantRecord } from '../../../store/directory/tenants.js';
import { countryCode, displayName, guid, pagination } from '../../common/schemas.js';

export const tenantSchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  displayName: z.string(),
  primaryDomain: z.string(),
  country: z.string(),
  countryName: z.string(),
  kind: z.enum(['operator', 'publisher', 'customer']),
  isPublisher: z.boolean(),
  partnerId: z.string().nullable(),
  programStatus: z.enum(['not_enrolled', 'pending', 'approved', 'declined']),
  programDecisionReason: z.string().nullable(),
  userCount: z.number().int(),
  groupCount: z.number().int(),
  requireMfaForAdmins: z.boolean(),
  createdAt: z.string(),
});

export const presentTenant = (t: TenantRecord): z.infer<typeof tenantSchema> => ({
  id: t.id,
  displayName: t.displayName,
  primaryDomain: t.primaryDomain,
  country: t.country,
  countryName: countryName(t.country),
  kind: t.kind,
  isPublisher: t.isPublisher,
  partnerId: t.partnerId,
  programStatus: t.programStatus,
  programDecisionReason: t.programDecisionReason,
  userCount: t.userCount,
  groupCount: t.groupCount,
  requireMfaForAdmins: t.requireMfaForAdmins,
  createdAt: t.createdAt.toISOString(),
});

export const operatorTenantParams = z.object({ tenantId: guid('tenant ID') });

export const listTenantsQuery = z.strictObject({
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  publishersOnly: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ...pagination,
});

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, 'must be a DNS name such as contoso.com');

export const partnerId = z.string().trim().regex(/^[0-9]{6,10}$/, 'must be 6 to 10 digits (the partner network ID)');

export const createTenantBody = z.strictObject({
  displayName: displayName(256),
  primaryDomain: domain,
  country: countryCode,
  isPublisher: z.boolean().default(false),
  partnerId: partnerId.nullable().optional(),
  admin: z.strictObject({
    userPrincipalName: z.string().trim().min(1, 'is required').max(113, 'must be at most 113 characters'),
    displayName: displayName(256),
    password: z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters'),
  }),
});

export const updateTenantBody = z
  .strictObject({
    displayName: displayName(256).optional(),
    country: countryCode.optional(),
    isPublisher: z.boolean().optional(),
    partnerId: partnerId.nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'send at least one field to change' });
