import { validatePublisherId } from '../../domain/packages/index.js';
import { conflict, invalid } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/errors.js';
import { getProgram, type ProgramRecord } from '../../store/partner/program.js';
import type { CommandContext } from '../context.js';

export interface ApplyToProgramProps {
  scope: TenantScope;
  publisherId: string;
  /** Needed when the tenant has no partner ID on file yet. */
  partnerId?: string | undefined;
}

const publisherIdTaken = (publisherId: string) =>
  conflict(`Publisher ID "${publisherId}" is already used by another publisher`, { errors: [{ field: 'publisherId', message: 'is already used by another publisher' }] });
const partnerIdTaken = (partnerId: string) =>
  conflict(`Partner ID ${partnerId} already belongs to another tenant`, { errors: [{ field: 'partnerId', message: 'is already used by another tenant' }] });

/**
 * A publisher applies to the partner program (or applies again after a
 * decline, or corrects a pending application): it names its publisher ID,
 * gives its partner ID if none is on file, and accepts the marketplace
 * publisher agreement. The operator then approves or declines.
 */
export async function applyToProgram(ctx: CommandContext, props: ApplyToProgramProps): Promise<ProgramRecord> {
  await ctx.tx.selectFrom('tenants').select('id').where('id', '=', props.scope.tenantId).forUpdate().execute();
  const before = await getProgram(ctx.tx, props.scope);
  if (before.programStatus === 'approved') throw conflict('Your tenant is already approved in the partner program');

  const publisherProblem = validatePublisherId(props.publisherId);
  if (publisherProblem) throw invalid('publisherId', publisherProblem);
  if (before.publisherId && before.publisherId !== props.publisherId) {
    const offers = await ctx.tx.selectFrom('offers').select('id').where('tenant_id', '=', props.scope.tenantId).executeTakeFirst();
    if (offers) {
      throw conflict(`Your publisher ID can't change from "${before.publisherId}": your offers' IDs and Service IDs are built on it`, {
        errors: [{ field: 'publisherId', message: `must stay "${before.publisherId}" once you have offers` }],
      });
    }
  }
  const publisherOwner = await ctx.tx.selectFrom('tenants').select('id').where('publisher_id', '=', props.publisherId).where('id', '<>', props.scope.tenantId).executeTakeFirst();
  if (publisherOwner) throw publisherIdTaken(props.publisherId);

  const partnerId = props.partnerId ?? before.partnerId;
  if (!partnerId) throw invalid('partnerId', 'is required: your tenant has no partner ID on file (6 to 10 digits)');
  if (before.partnerId && props.partnerId && props.partnerId !== before.partnerId) {
    throw invalid('partnerId', `does not match the partner ID on file (${before.partnerId}); ask the operator to correct it`);
  }
  const partnerOwner = await ctx.tx.selectFrom('tenants').select('id').where('partner_id', '=', partnerId).where('id', '<>', props.scope.tenantId).executeTakeFirst();
  if (partnerOwner) throw partnerIdTaken(partnerId);

  try {
    await ctx.tx
      .updateTable('tenants')
      .set({
        publisher_id: props.publisherId,
        partner_id: partnerId,
        marketplace_enrolled: true,
        program_status: 'pending',
        program_applied_at: ctx.now,
        program_decided_at: null,
        program_decision_reason: null,
        updated_at: ctx.now,
      })
      .where('id', '=', props.scope.tenantId)
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'tenants_publisher_id_key')) throw publisherIdTaken(props.publisherId);
    if (isUniqueViolation(error, 'tenants_partner_id_key')) throw partnerIdTaken(partnerId);
    throw error;
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'partner_program.applied',
    targetType: 'tenant',
    targetId: props.scope.tenantId,
    summary: `Applied to the partner program as publisher "${props.publisherId}" (partner ID ${partnerId})`,
    detail: { publisherId: props.publisherId, partnerId, previousStatus: before.programStatus },
  });
  return getProgram(ctx.tx, props.scope);
}
