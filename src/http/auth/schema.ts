import { z } from 'zod';
import { SCOPES } from '../../policies/actor.js';

export const signInBody = z.strictObject({
  userPrincipalName: z.string().trim().min(1, 'is required').max(113, 'must be at most 113 characters'),
  password: z.string().min(1, 'is required').max(256, 'must be at most 256 characters'),
});

export const sessionResponse = z.object({
  user: z.object({ id: z.string(), userPrincipalName: z.string(), displayName: z.string() }),
  tenant: z.object({ id: z.string(), displayName: z.string(), primaryDomain: z.string(), country: z.string(), isPublisher: z.boolean(), kind: z.enum(['operator', 'publisher', 'customer']) }),
  roles: z.array(z.string()),
  csrfToken: z.string().nullable(),
  via: z.enum(['session', 'token']),
});

export const scopeEnum = z.enum(SCOPES);

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  scopes: z.array(scopeEnum).min(1, 'must list at least one scope'),
  expiresInDays: z.number().int().min(1, 'must be at least 1 day').max(730, 'must be at most 730 days').nullable().default(90),
});

export const tokenSummary = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
