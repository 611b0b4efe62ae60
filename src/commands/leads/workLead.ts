import { randomUUID } from 'node:crypto';
import { noteProblem } from '../../domain/marketplace/leadForm.js';
import { invalid, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { LeadStatus } from '../../domain/marketplace/leads.js';
import type { CommandContext } from '../context.js';

async function ownLead(ctx: CommandContext, scope: TenantScope, leadId: string) {
  const lead = await ctx.tx
    .selectFrom('leads')
    .select(['id', 'status', 'company'])
    .where('publisher_tenant_id', '=', scope.tenantId)
    .where('id', '=', leadId)
    .forUpdate()
    .executeTakeFirst();
  if (!lead) throw notFound(`Lead ${leadId}`);
  return lead;
}

/** Partner Center → Leads: new → contacted → won / lost (any order: sales is not a state machine). */
export async function setLeadStatus(ctx: CommandContext, props: { scope: TenantScope; leadId: string; status: LeadStatus }): Promise<void> {
  const lead = await ownLead(ctx, props.scope, props.leadId);
  if (lead.status === props.status) return;
  await ctx.tx.updateTable('leads').set({ status: props.status, updated_at: ctx.now }).where('id', '=', lead.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'lead.status_changed',
    targetType: 'lead',
    targetId: lead.id,
    summary: `Lead from ${lead.company}: ${lead.status} → ${props.status}`,
    detail: { from: lead.status, to: props.status },
  });
}

export async function addLeadNote(ctx: CommandContext, props: { scope: TenantScope; leadId: string; text: string; author: { userId: string | null; displayName: string } }): Promise<string> {
  const problem = noteProblem(props.text);
  if (problem) throw invalid('text', problem);
  const lead = await ownLead(ctx, props.scope, props.leadId);
  const id = randomUUID();
  await ctx.tx
    .insertInto('lead_notes')
    .values({ id, lead_id: lead.id, publisher_tenant_id: props.scope.tenantId, text: props.text.trim(), author_user_id: props.author.userId, author_name: props.author.displayName, created_at: ctx.now })
    .execute();
  await ctx.tx.updateTable('leads').set({ updated_at: ctx.now }).where('id', '=', lead.id).execute();
  await recordAudit(ctx.tx, ctx.actor, { tenantId: props.scope.tenantId, action: 'lead.note_added', targetType: 'lead', targetId: lead.id, summary: `Note added to the lead from ${lead.company}` });
  return id;
}
