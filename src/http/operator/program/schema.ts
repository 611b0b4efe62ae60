import { z } from 'zod';
import type { ProgramRecord } from '../../../store/partner/program.js';
import { guid, pagination } from '../../common/schemas.js';
import { presentProgram, programSchema } from '../../partner/program/schema.js';

export const applicationParams = z.object({ tenantId: guid('tenant ID') });

export const listApplicationsQuery = z.strictObject({
  status: z
    .enum(['pending', 'approved', 'declined', 'all'], { message: 'must be pending, approved, declined or all' })
    .default('pending')
    .describe('Which applications; "all" is every publisher that has applied'),
  ...pagination,
});

export const declineBody = z.strictObject({
  reason: z.string().trim().min(1, 'is required: tell the publisher why and what to change').max(1000, 'must be at most 1000 characters'),
});

export const applicationSchema = programSchema.extend({
  tenant: z.object({ id: z.string().meta({ format: 'uuid' }), displayName: z.string(), primaryDomain: z.string(), country: z.string() }),
});

export const presentApplication = (p: ProgramRecord): z.infer<typeof applicationSchema> => ({
  ...presentProgram(p),
  tenant: { id: p.tenantId, displayName: p.tenantName, primaryDomain: p.primaryDomain, country: p.country },
});
