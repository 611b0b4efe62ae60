import { z } from 'zod';
import { SCOPES } from '../../policies/actor.js';
import { isoDate } from '../common/schemas.js';
import { ACTIONS } from '../../policies/abilities.js';

export const signInBody = z.strictObject({
  userPrincipalName: z.string().trim().min(1, 'is required').max(113, 'must be at most 113 characters'),
  password: z.string().min(1, 'is required').max(256, 'must be at most 256 characters'),
});

export const SIGN_IN_STATES = { done: 'complete', challenge: 'mfaRequired', enrol: 'mfaEnrollmentRequired' } as const;

export const sessionResponse = z.object({
  /** complete: signed in; mfaRequired: send the authenticator code; mfaEnrollmentRequired: set up an authenticator app first. */
  signIn: z.enum(['complete', 'mfaRequired', 'mfaEnrollmentRequired']),
  mfa: z.object({ enrolled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number().int() }),
  user: z.object({ id: z.string().meta({ format: 'uuid' }), userPrincipalName: z.string(), displayName: z.string() }),
  tenant: z.object({ id: z.string().meta({ format: 'uuid' }), displayName: z.string(), primaryDomain: z.string(), country: z.string(), isPublisher: z.boolean(), kind: z.enum(['operator', 'publisher', 'customer']) }),
  roles: z.array(z.enum(['global_admin', 'billing_admin', 'license_admin', 'user_admin', 'operator'])),
  csrfToken: z.string().nullable(),
  via: z.enum(['session', 'token']),
  abilities: z
    .object(
      Object.fromEntries(
        ACTIONS.map((action) => [
          action,
          z.object({ allowed: z.boolean(), requirement: z.string().describe('Who may, e.g. "a Global or Billing admin of a publisher tenant"'), scope: z.enum(SCOPES) }),
        ]),
      ) as Record<(typeof ACTIONS)[number], z.ZodObject<{ allowed: z.ZodBoolean; requirement: z.ZodString; scope: z.ZodEnum<{ [K in (typeof SCOPES)[number]]: K }> }>>,
    )
    .describe("What the caller may do in their own tenant, per action, decided by the server's policies (all false until sign-in is complete)"),
  limits: z
    .object({
      dealThresholdUsd: z.number().describe('A deal must be worth more than this (in USD, other currencies converted) to be registered'),
      gracePeriodDays: z.number().int().describe("Days an ended deal's licenses keep working (grace period)"),
      suspendedPeriodDays: z.number().int().describe('Days licenses stay suspended after the grace period before they are removed'),
    })
    .describe("The server's configured limits that clients show"),
});

export const scopeEnum = z.enum(SCOPES);

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  scopes: z.array(scopeEnum).min(1, 'must list at least one scope'),
  expiresInDays: z.number().int().min(1, 'must be at least 1 day').max(730, 'must be at most 730 days').nullable().default(90),
});

export const tokenSummary = z.object({
  id: z.string().meta({ format: 'uuid' }),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(scopeEnum),
  createdAt: isoDate,
  expiresAt: isoDate.nullable(),
  lastUsedAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
});

const code = z.string().trim().regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app');

export const verifyBody = z
  .strictObject({ code: code.optional(), recoveryCode: z.string().trim().min(1).max(40, 'must be at most 40 characters').optional() })
  .refine((b) => (b.code === undefined) !== (b.recoveryCode === undefined), { message: 'send either code or recoveryCode' });

export const codeBody = z.strictObject({ code });

export const enrolmentResponse = z.object({
  secret: z.string().describe('Base32, for typing into an authenticator app by hand'),
  otpauthUri: z.string().describe('otpauth://totp/… for a QR code'),
});

export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(256, 'must be at most 256 characters'),
  newPassword: z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters'),
});
