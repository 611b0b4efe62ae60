import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { lockProduct } from './productLock.js';

/** The tenant's product for a plan, locked; a plan the tenant does not hold is refused with the reason. */
export async function lockHeldProduct(ctx: CommandContext, scope: TenantScope, planId: string) {
  const key = { tenantId: scope.tenantId, planId };
  const product = await lockProduct(ctx.tx, key);
  const plan = await ctx.tx.selectFrom('plans').select(['id', 'name', 'service_id']).where('id', '=', planId).executeTakeFirst();
  if (!product || !plan) throw notFound(`Your organization holds no licenses of plan ${planId}; product ${planId}`);
  if (product.state === 'removed') throw conflict(`The licenses of ${plan.name} were removed (the deal ended or was cancelled); ask the publisher for new ones`);
  return { key, product, plan };
}

/** The tenant's users with these ids; any that is not there is named in a 404. */
export async function findTenantUsers(ctx: CommandContext, scope: TenantScope, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  const users = await ctx.tx.selectFrom('users').select(['id', 'user_principal_name', 'enabled']).where('tenant_id', '=', scope.tenantId).where('id', 'in', userIds).execute();
  const missing = userIds.filter((id) => !users.some((u) => u.id === id));
  if (missing.length) throw notFound(`User ${missing.join(', ')}`);
  return users;
}

export async function findTenantGroups(ctx: CommandContext, scope: TenantScope, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  const groups = await ctx.tx.selectFrom('groups').select(['id', 'display_name']).where('tenant_id', '=', scope.tenantId).where('id', 'in', groupIds).execute();
  const missing = groupIds.filter((id) => !groups.some((g) => g.id === id));
  if (missing.length) throw notFound(`Group ${missing.join(', ')}`);
  return groups;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeTargets(users: number, groups: number): string {
  return [users ? plural(users, 'user') : '', groups ? plural(groups, 'group') : ''].filter(Boolean).join(' and ');
}
