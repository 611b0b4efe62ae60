import { conflict, notFound } from '../../domain/problems.js';
import { recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import { recordAudit } from '../../store/audit.js';
import { operatorTenantQueries } from '../../store/directory/tenants.js';
import type { CommandContext } from '../context.js';

export async function deleteTenant(ctx: CommandContext, props: { tenantId: string }): Promise<void> {
  const tenant = await operatorTenantQueries.find(ctx.tx, props.tenantId);
  if (!tenant) throw notFound(`Tenant ${props.tenantId}`);
  if (tenant.kind === 'operator') throw conflict("The operator's own tenant cannot be deleted");
  await ctx.tx.deleteFrom('tenants').where('id', '=', props.tenantId).execute();
  await recordEntitlementChange(ctx, { kind: 'tenant', tenantId: props.tenantId });
  // Kept in the platform-wide log (tenant_id null): the tenant's own log is gone with it.
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: null,
    action: 'tenant.deleted',
    targetType: 'tenant',
    targetId: props.tenantId,
    summary: `Deleted tenant ${tenant.displayName} (${tenant.primaryDomain})`,
  });
}
