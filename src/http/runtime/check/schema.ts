import { z } from 'zod';
import { DECISION_CODES } from '../../../domain/licenses/decision.js';
import { guid } from '../../common/schemas.js';

export const checkRequest = z.strictObject({
  tenantId: guid('tenant ID'),
  user: z.string().trim().min(1, 'is required').max(256, 'must be at most 256 characters').describe('User ID or user principal name'),
  appModule: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters').describe('The app module unique name'),
});

export const BATCH_LIMIT = 1000;

export const batchRequest = z.strictObject({
  checks: z.array(checkRequest).min(1, 'must contain at least one check').max(BATCH_LIMIT, `must contain at most ${BATCH_LIMIT} checks`),
});

const codes = DECISION_CODES.map((c) => c.code) as [string, ...string[]];

export const checkResult = z.object({
  licensed: z.boolean(),
  code: z.enum(codes).describe(DECISION_CODES.map((c) => `${c.code}: ${c.description}`).join('\n')),
  detail: z.string(),
  plans: z.array(z.string()).describe('Service IDs whose seats grant the user this app module now'),
  requiredPlans: z
    .array(z.object({ serviceId: z.string(), displayName: z.string(), moreInfoUrl: z.string() }))
    .describe('The plans that would grant it'),
});

export const tokenResult = checkResult.extend({
  token: z.string().nullable().describe('A signed license token (JWT, EdDSA) when licensed; verify it with /.well-known/jwks.json'),
  expiresAt: z.string().nullable(),
});
