import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { auditBothSides } from './auditBothSides.js';
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
  await auditBothSides(ctx, { relationshipId: row.id, customerTenantId: props.customer.tenantId, publisherTenantId: row.publisher_tenant_id }, 'relationship.declined', {
    customer: `Declined a relationship with ${publisher.display_name}`,
    publisher: 'A customer declined your relationship invitation',
  });
}
