import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { openInvitationFor } from './respondToInvitation.js';

/** A Global or Billing admin declines; the publisher sees the invitation as declined. */
export async function declineInvitation(ctx: CommandContext, props: { customer: TenantScope; relationshipId: string; code?: string | undefined; responderId: string }): Promise<void> {
  const row = await openInvitationFor(ctx, props.customer, props.relationshipId, props.code);
  await ctx.tx
    .updateTable('relationships')
    .set({ status: 'declined', customer_tenant_id: props.customer.tenantId, responded_at: ctx.now, responded_by: props.responderId })
    .where('id', '=', row.id)
    .execute();
  const publisher = await ctx.tx.selectFrom('tenants').select('display_name').where('id', '=', row.publisher_tenant_id).executeTakeFirstOrThrow();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.customer.tenantId,
    action: 'relationship.declined',
    targetType: 'relationship',
    targetId: row.id,
    summary: `Declined a relationship with ${publisher.display_name}`,
  });
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: row.publisher_tenant_id,
    action: 'relationship.declined',
    targetType: 'relationship',
    targetId: row.id,
    summary: 'A customer declined your relationship invitation',
  });
}
