import { conflict, notFound } from '../../domain/problems.js';
import { recordAudit } from '../../store/audit.js';
import { operatorTenantQueries, type TenantRecord } from '../../store/directory/tenants.js';
import type { CommandContext } from '../context.js';

export interface TenantChanges {
  displayName?: string | undefined;
  country?: string | undefined;
  isPublisher?: boolean | undefined;
  partnerId?: string | null | undefined;
  requireMfaForAdmins?: boolean | undefined;
}

/**
 * Updates a tenant's profile. Tenant admins may change name and country of
 * their own tenant; publisher status and partner ID are the operator's (the
 * route decides which changes a caller may send).
 */
export async function updateTenant(ctx: CommandContext, props: { tenantId: string; changes: TenantChanges }): Promise<TenantRecord> {
  const before = await operatorTenantQueries.find(ctx.tx, props.tenantId);
  if (!before) throw notFound(`Tenant ${props.tenantId}`);
  const { changes } = props;
  if (changes.partnerId) {
    const taken = await ctx.tx
      .selectFrom('tenants')
      .select('id')
      .where('partner_id', '=', changes.partnerId)
      .where('id', '<>', props.tenantId)
      .executeTakeFirst();
    if (taken) throw conflict(`Partner ID ${changes.partnerId} already belongs to another tenant`, { errors: [{ field: 'partnerId', message: 'is already used by another tenant' }] });
  }
  await ctx.tx
    .updateTable('tenants')
    .set({
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.country !== undefined ? { country: changes.country } : {}),
      ...(changes.isPublisher !== undefined ? { is_publisher: changes.isPublisher } : {}),
      ...(changes.partnerId !== undefined ? { partner_id: changes.partnerId } : {}),
      ...(changes.requireMfaForAdmins !== undefined ? { require_mfa_for_admins: changes.requireMfaForAdmins } : {}),
      updated_at: ctx.now,
    })
    .where('id', '=', props.tenantId)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.tenantId,
    action: 'tenant.updated',
    targetType: 'tenant',
    targetId: props.tenantId,
    summary: `Updated tenant ${before.displayName}`,
    detail: { changed: Object.keys(changes) },
  });
  return (await operatorTenantQueries.find(ctx.tx, props.tenantId))!;
}
