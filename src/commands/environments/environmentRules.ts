import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { isUniqueViolation } from '../../store/errors.js';
import type { CommandContext } from '../context.js';

export async function findOwnEnvironment(ctx: CommandContext, scope: TenantScope, environmentId: string) {
  const environment = await ctx.tx.selectFrom('environments').selectAll().where('tenant_id', '=', scope.tenantId).where('id', '=', environmentId).executeTakeFirst();
  if (!environment) throw notFound(`Environment ${environmentId}`);
  return environment;
}

/** Environment names are unique per tenant, whatever their case. */
export async function assertNameFree(ctx: CommandContext, scope: TenantScope, name: string, exceptId?: string) {
  const taken = await ctx.tx
    .selectFrom('environments')
    .select('id')
    .where('tenant_id', '=', scope.tenantId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
  if (taken && taken.id !== exceptId) throw conflict(`An environment named "${name}" already exists`);
}

export function nameTaken(error: unknown, name: string): never {
  if (isUniqueViolation(error, 'environments_tenant_name_key')) throw conflict(`An environment named "${name}" already exists`);
  throw error;
}
