import { randomUUID } from 'node:crypto';
import { buildServiceId, validatePlanId } from '../../domain/packages/index.js';
import { conflict, invalid, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/errors.js';
import { lockOffer } from '../../store/partner/offers.js';
import { findPlan, type PlanRecord } from '../../store/partner/plans.js';
import type { CommandContext } from '../context.js';

const planIdTaken = (planId: string) =>
  conflict(`The offer already has a plan with ID "${planId}"`, { errors: [{ field: 'planId', message: 'is already used by another plan of this offer' }] });

/** Adds a licensing plan; its Service ID `<publisherId>.<offerId>.<planId>` is fixed from now on. */
export async function addPlan(
  ctx: CommandContext,
  props: { scope: TenantScope; offerId: string; planId: string; name: string; description?: string | undefined },
): Promise<PlanRecord> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerId);
  if (!offer) throw notFound(`Offer ${props.offerId}`);
  const idProblem = validatePlanId(props.planId);
  if (idProblem) throw invalid('planId', idProblem);
  const serviceId = buildServiceId(offer.publisherId, offer.offerId, props.planId);
  if (await findPlan(ctx.tx, props.scope, offer.id, props.planId)) throw planIdTaken(props.planId);
  try {
    await ctx.tx
      .insertInto('plans')
      .values({
        id: randomUUID(),
        tenant_id: props.scope.tenantId,
        offer_id: offer.id,
        plan_id: props.planId,
        service_id: serviceId,
        name: props.name,
        description: props.description ?? '',
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'plans_offer_plan_key')) throw planIdTaken(props.planId);
    throw error;
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'plan.created',
    targetType: 'plan',
    targetId: serviceId,
    summary: `Added plan ${props.planId} (${props.name}) to offer ${offer.offerId}`,
  });
  return (await findPlan(ctx.tx, props.scope, offer.id, props.planId))!;
}
