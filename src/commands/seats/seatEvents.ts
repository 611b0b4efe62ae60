import type { CommandContext } from '../context.js';
import { recordLicenseEvent } from '../changeFeed.js';
import type { LicenseEventType } from '../../domain/events/catalogue.js';

/**
 * A seat event in the change feed (CloudEvents type `seat.*` or
 * `license.auto_claimed`), readable by the customer tenant and the plan's
 * publisher. Written in the command's transaction, beside its audit event.
 */
export async function recordSeatEvent(
  ctx: CommandContext,
  key: { tenantId: string; planId: string },
  type: LicenseEventType,
  userIds: readonly string[],
  data: Record<string, unknown> = {},
): Promise<void> {
  const plan = await ctx.tx.selectFrom('plans').select(['tenant_id', 'service_id']).where('id', '=', key.planId).executeTakeFirst();
  for (const userId of userIds) {
    recordLicenseEvent(ctx, {
      type,
      subject: `tenants/${key.tenantId}/users/${userId}`,
      tenantId: key.tenantId,
      publisherTenantId: plan?.tenant_id ?? null,
      data: { tenantId: key.tenantId, planId: key.planId, serviceId: plan?.service_id ?? null, userId, ...data },
    });
  }
}
