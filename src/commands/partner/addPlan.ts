import { randomUUID } from 'node:crypto';
import { buildServiceId, validatePlanKey } from '../../domain/packages/index.js';
import { conflict, invalid, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/errors.js';
import { lockOffer } from '../../store/partner/offers.js';
import { findPlan, type PlanRecord } from '../../store/partner/plans.js';
import type { CommandContext } from '../context.js';
import { planTarget } from './offerAuditTargets.js';

const planKeyTaken = (planKey: string) =>
  conflict(`The offer already has a plan with key "${planKey}"`, { errors: [{ field: 'planKey', message: 'is already used by another plan of this offer' }] });

/** Adds a licensing plan; its Service ID `<publisherId>.<offerKey>.<planKey>` is fixed from now on. */
export async function addPlan(
  ctx: CommandContext,
  props: { scope: TenantScope; offerRef: string; planKey: string; name: string; description?: string | undefined; trialDays?: number | null | undefined },
): Promise<PlanRecord> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  const keyProblem = validatePlanKey(props.planKey);
  if (keyProblem) throw invalid('planKey', keyProblem);
  const serviceId = buildServiceId(offer.publisherId, offer.offerKey, props.planKey);
  if (await findPlan(ctx.tx, props.scope, offer.id, props.planKey)) throw planKeyTaken(props.planKey);
  const planId = randomUUID();
  try {
    await ctx.tx
      .insertInto('plans')
      .values({
        id: planId,
        tenant_id: props.scope.tenantId,
        offer_id: offer.id,
        plan_id: props.planKey,
        service_id: serviceId,
        name: props.name,
        description: props.description ?? '',
        trial_days: props.trialDays ?? null,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'plans_offer_plan_key')) throw planKeyTaken(props.planKey);
    throw error;
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'plan.created',
    summary: `Added plan ${props.planKey} (${props.name}) to offer ${offer.offerKey}`,
    ...planTarget(offer, { id: planId, planKey: props.planKey, serviceId }),
  });
  return (await findPlan(ctx.tx, props.scope, offer.id, props.planKey))!;
}
