import type { LicenseTerms } from '../../domain/licenses/productStatus.js';
import { recordAudit } from '../../store/audit.js';
import { licenseAdminsOf, partnerContactsOf } from '../../store/notifications.js';
import type { CommandContext } from '../context.js';
import { notify } from '../notifications/notify.js';
import type { ProductKey } from './productLock.js';
import { reallocateProduct } from './reallocateProduct.js';

const SUMMARY: Record<string, string> = {
  active: 'are active again',
  warning: 'entered their grace period: the deal has ended; renew it to keep them',
  suspended: 'are suspended: license checks fail until the deal is renewed',
  removed: 'were removed: the deal ended and was not renewed',
};

/**
 * Moves one product along its lifecycle (active → warning → suspended →
 * removed) if its time has come; the product lock makes it safe for several
 * servers to try at once. Returns whether the state changed.
 */
export async function advanceLifecycle(ctx: CommandContext, key: ProductKey, terms: LicenseTerms): Promise<boolean> {
  const due = await ctx.tx
    .selectFrom('products')
    .select('next_change_at')
    .where('tenant_id', '=', key.tenantId)
    .where('plan_id', '=', key.planId)
    .where('next_change_at', '<=', ctx.now)
    .executeTakeFirst();
  if (!due) return false;
  const seats = await reallocateProduct(ctx, key, { reason: 'lifecycle', terms });
  if (!seats || seats.state === seats.previousState) return false;
  const plan = await ctx.tx
    .selectFrom('plans')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .innerJoin('tenants', 'tenants.id', 'plans.tenant_id')
    .select(['plans.name', 'plans.tenant_id', 'offers.name as offer_name', 'tenants.display_name as publisher_name'])
    .where('plans.id', '=', key.planId)
    .executeTakeFirstOrThrow();
  const customer = await ctx.tx.selectFrom('tenants').select('display_name').where('id', '=', key.tenantId).executeTakeFirstOrThrow();
  const event = { action: 'license.state_changed' as const, targetType: 'product', targetId: key.planId };
  const detail = { from: seats.previousState, to: seats.state, customerTenantId: key.tenantId };
  await recordAudit(ctx.tx, ctx.actor, { ...event, tenantId: key.tenantId, summary: `The licenses of ${plan.name} ${SUMMARY[seats.state]}`, detail });
  // The publisher follows its customers' licenses too: a grace period is the moment to talk renewal.
  await recordAudit(ctx.tx, ctx.actor, { ...event, tenantId: plan.tenant_id, summary: `${customer.display_name}'s licenses of ${plan.name} ${SUMMARY[seats.state]}`, detail });
  if (seats.state === 'warning' || seats.state === 'suspended') {
    // The customer's license admins must act, and so must the partner contacts named on the deals: it is their renewal.
    await notify(ctx, {
      kind: seats.state === 'warning' ? 'license.grace' : 'license.suspended',
      recipients: { userIds: await licenseAdminsOf(ctx.tx, key.tenantId), emails: await partnerContactsOf(ctx.tx, key.tenantId, key.planId) },
      data: { planId: key.planId, planName: plan.name, offerName: plan.offer_name, customerName: customer.display_name, publisherName: plan.publisher_name },
    });
  }
  return true;
}
