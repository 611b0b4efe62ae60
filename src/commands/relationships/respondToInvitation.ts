import { conflict, notFound } from '../../domain/problems.js';
import { hashSecret } from '../../identity/secrets.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { effectiveStatus } from '../../store/licensing/relationships.js';
import type { CommandContext } from '../context.js';
import { lockRelationship } from './consent.js';

/**
 * The invitation a customer admin answers, locked: one sent to their tenant,
 * or an open link whose code they present. Anything else is "not found", so
 * guessing ids reveals nothing.
 */
export async function openInvitationFor(ctx: CommandContext, customer: TenantScope, relationshipId: string, code: string | undefined) {
  const row = await lockRelationship(ctx.tx, relationshipId);
  const mine = row && (row.customer_tenant_id === customer.tenantId || (row.customer_tenant_id === null && code !== undefined && hashSecret(code) === row.invitation_code_hash));
  if (!row || !mine) throw notFound(`Invitation ${relationshipId}`);
  if (row.publisher_tenant_id === customer.tenantId) throw conflict('This invitation comes from your own tenant; send the link to your customer');
  const status = effectiveStatus(row.status, row.expires_at, ctx.now);
  if (status === 'expired') throw conflict(`This invitation expired on ${row.expires_at.toISOString().slice(0, 10)}; ask the publisher for a new one`);
  if (status !== 'pending') throw conflict(`This invitation was already ${status}`);
  return row;
}
