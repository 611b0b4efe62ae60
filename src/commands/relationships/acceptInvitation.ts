import { conflict } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { isUniqueViolation } from '../../store/errors.js';
import type { CommandContext } from '../context.js';
import { auditBothSides } from './auditBothSides.js';
import { openInvitationFor } from './respondToInvitation.js';

/** A Global or Billing admin consents: from now on the publisher may provision licenses into the tenant. */
export async function acceptInvitation(ctx: CommandContext, props: { customer: TenantScope; relationshipId: string; code?: string | undefined; responderId: string }): Promise<void> {
  const row = await openInvitationFor(ctx, props.customer, props.relationshipId, props.code);
  const publisher = await ctx.tx.selectFrom('tenants').select('display_name').where('id', '=', row.publisher_tenant_id).executeTakeFirstOrThrow();
  const existing = await ctx.tx
    .selectFrom('relationships')
    .select('id')
    .where('publisher_tenant_id', '=', row.publisher_tenant_id)
    .where('customer_tenant_id', '=', props.customer.tenantId)
    .where('status', '=', 'accepted')
    .executeTakeFirst();
  if (existing) throw conflict(`Your organization already has an accepted relationship with ${publisher.display_name}`);
  try {
    await ctx.tx
      .updateTable('relationships')
      .set({ status: 'accepted', customer_tenant_id: props.customer.tenantId, responded_at: ctx.now, responded_by: props.responderId })
      .where('id', '=', row.id)
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'relationships_accepted_key')) throw conflict(`Your organization already has an accepted relationship with ${publisher.display_name}`);
    throw error;
  }
  const customer = await ctx.tx.selectFrom('tenants').select('display_name').where('id', '=', props.customer.tenantId).executeTakeFirstOrThrow();
  await auditBothSides(ctx, { relationshipId: row.id, customerTenantId: props.customer.tenantId, publisherTenantId: row.publisher_tenant_id }, 'relationship.accepted', {
    customer: `Accepted a relationship with ${publisher.display_name}`,
    publisher: `${customer.display_name} accepted your relationship invitation`,
  });
}
