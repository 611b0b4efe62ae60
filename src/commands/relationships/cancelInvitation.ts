import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { effectiveStatus } from '../../store/licensing/relationships.js';
import type { CommandContext } from '../context.js';
import { lockRelationship } from './consent.js';

/** The publisher withdraws an invitation nobody has answered yet; its link stops working. */
export async function cancelInvitation(ctx: CommandContext, props: { publisher: TenantScope; relationshipId: string }): Promise<void> {
  const row = await lockRelationship(ctx.tx, props.relationshipId);
  if (!row || row.publisher_tenant_id !== props.publisher.tenantId) throw notFound(`Relationship ${props.relationshipId}`);
  const status = effectiveStatus(row.status, row.expires_at, ctx.now);
  if (status !== 'pending') throw conflict(`Only a pending invitation can be cancelled; this one is ${status}`);
  await ctx.tx.updateTable('relationships').set({ status: 'cancelled', ended_at: ctx.now, ended_by_tenant_id: row.publisher_tenant_id }).where('id', '=', row.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: row.publisher_tenant_id,
    action: 'relationship.cancelled',
    targetType: 'relationship',
    targetId: row.id,
    summary: 'Cancelled a relationship invitation',
  });
}
