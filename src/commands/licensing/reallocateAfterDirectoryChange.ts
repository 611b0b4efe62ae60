import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { lockTenantProducts } from './productLock.js';
import { reallocateProduct } from './reallocateProduct.js';
import { loadTenantDirectory } from './seatInputs.js';

/**
 * Directory changes — a user disabled, enabled or deleted, a member added to
 * or removed from a group, a group deleted — change who is entitled through
 * groups, so every product of the tenant is reallocated: its products are
 * locked in plan id order, then the directory is read once (after the locks,
 * so an assignment committed meanwhile is seen), then each product is
 * reallocated. A tenant holds few products; one without any costs one query.
 *
 * Commands that delete rows seat allocation reads (users, groups) call
 * lockSeatsForDirectoryChange first, so they take the product locks before
 * the row locks a concurrent assignment may be waiting on.
 */
export async function reallocateAfterDirectoryChange(
  ctx: CommandContext,
  scope: TenantScope,
  options: { reason: string; departingUserIds?: readonly string[] },
): Promise<void> {
  const planIds = await lockTenantProducts(ctx.tx, scope.tenantId);
  if (planIds.length === 0) return;
  const directory = await loadTenantDirectory(ctx.tx, scope.tenantId);
  const departingUserIds = new Set(options.departingUserIds ?? []);
  for (const planId of planIds) {
    await reallocateProduct(ctx, { tenantId: scope.tenantId, planId }, { reason: options.reason, directory, departingUserIds });
  }
}

export async function lockSeatsForDirectoryChange(ctx: CommandContext, scope: TenantScope): Promise<void> {
  await lockTenantProducts(ctx.tx, scope.tenantId);
}
