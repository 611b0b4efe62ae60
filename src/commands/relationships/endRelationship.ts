import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { auditBothSides } from './auditBothSides.js';
import { lockRelationship } from './consent.js';

/**
 * The customer withdraws its consent. The publisher can no longer register
 * deals or provision more licenses; licenses already bought stay until their
 * deals end or the publisher removes them.
 */
export async function endRelationship(ctx: CommandContext, props: { customer: TenantScope; relationshipId: string }): Promise<void> {
  const row = await lockRelationship(ctx.tx, props.relationshipId);
  if (!row || row.customer_tenant_id !== props.customer.tenantId) throw notFound(`Relationship ${props.relationshipId}`);
  if (row.status !== 'accepted') throw conflict(`Only an accepted relationship can be ended; this one is ${row.status}`);
  await ctx.tx.updateTable('relationships').set({ status: 'ended', ended_at: ctx.now, ended_by_tenant_id: props.customer.tenantId }).where('id', '=', row.id).execute();
  const publisher = await ctx.tx.selectFrom('tenants').select('display_name').where('id', '=', row.publisher_tenant_id).executeTakeFirstOrThrow();
  const customer = await ctx.tx.selectFrom('tenants').select('display_name').where('id', '=', props.customer.tenantId).executeTakeFirstOrThrow();
  await auditBothSides(ctx, { relationshipId: row.id, customerTenantId: props.customer.tenantId, publisherTenantId: row.publisher_tenant_id }, 'relationship.ended', {
    customer: `Ended the relationship with ${publisher.display_name}`,
    publisher: `${customer.display_name} ended its relationship with you`,
  });
}
