import { missingPrerequisites } from '../../domain/offers/prerequisites.js';
import { conflict, notFound } from '../../domain/problems.js';
import { recordAudit } from '../../store/audit.js';
import { operatorProgramQueries, type ProgramRecord } from '../../store/partner/program.js';
import { globalAdminsOf } from '../../store/notifications.js';
import type { CommandContext } from '../context.js';
import { notify } from '../notifications/notify.js';

export type ProgramDecision = { approve: true } | { approve: false; reason: string };

/**
 * The operator approves or declines a pending partner program application.
 * Approval needs the other prerequisites (partner ID, marketplace
 * enrollment) in place; a decline carries the reason the publisher sees.
 */
export async function decideProgramApplication(ctx: CommandContext, props: { tenantId: string; decision: ProgramDecision }): Promise<ProgramRecord> {
  await ctx.tx.selectFrom('tenants').select('id').where('id', '=', props.tenantId).forUpdate().execute();
  const application = await operatorProgramQueries.find(ctx.tx, props.tenantId);
  if (!application) throw notFound(`Publisher ${props.tenantId}`);
  if (application.programStatus !== 'pending') {
    const state = application.programStatus === 'not_enrolled' ? 'has not applied' : `is already ${application.programStatus}`;
    throw conflict(`Only a pending application can be decided; ${application.tenantName} ${state}`);
  }
  const { decision } = props;
  if (decision.approve) {
    const missing = missingPrerequisites(application).filter((p) => p.key !== 'programApproval');
    if (missing.length) throw conflict(`${application.tenantName} can't be approved yet: ${missing.map((p) => p.message).join('; ')}`);
  }
  await ctx.tx
    .updateTable('tenants')
    .set({
      program_status: decision.approve ? 'approved' : 'declined',
      program_decision_reason: decision.approve ? null : decision.reason,
      program_decided_at: ctx.now,
      updated_at: ctx.now,
    })
    .where('id', '=', props.tenantId)
    .execute();
  const event = {
    action: decision.approve ? ('partner_program.approved' as const) : ('partner_program.declined' as const),
    targetType: 'tenant',
    targetId: props.tenantId,
    summary: decision.approve
      ? `Approved ${application.tenantName} in the partner program`
      : `Declined ${application.tenantName}'s partner program application: ${decision.reason}`,
    detail: decision.approve ? {} : { reason: decision.reason },
  };
  // Both sides keep the decision: the publisher's own log, and the platform-wide log the operator reviews.
  await recordAudit(ctx.tx, ctx.actor, { tenantId: props.tenantId, ...event });
  await recordAudit(ctx.tx, ctx.actor, { tenantId: null, ...event });
  await notify(ctx, {
    kind: 'program.decided',
    recipients: { userIds: await globalAdminsOf(ctx.tx, props.tenantId) },
    data: { approved: decision.approve, reason: decision.approve ? null : decision.reason, publisherId: application.publisherId ?? null },
  });
  return (await operatorProgramQueries.find(ctx.tx, props.tenantId))!;
}
