import { daysUntil, expiryNoticeDue } from '../../domain/licenses/expiryNotice.js';
import { licenseAdminsOf } from '../../store/notifications.js';
import type { CommandContext } from '../context.js';
import { notify } from './notify.js';

/**
 * Sends a registered deal's expiry notice if one is due and it has not had
 * it: to the customer's license admins and the deal's partner contact. The
 * notice row's key makes running it twice, or on two servers, send one.
 * Returns whether a notice went out.
 */
export async function announceDealExpiry(ctx: CommandContext, dealId: string): Promise<boolean> {
  const deal = await ctx.tx
    .selectFrom('deals')
    .innerJoin('offers', 'offers.id', 'deals.offer_id')
    .innerJoin('tenants as customer', 'customer.id', 'deals.customer_tenant_id')
    .select(['deals.id', 'deals.customer_tenant_id', 'deals.end_date', 'deals.status', 'deals.contact_email', 'offers.name as offer_name', 'customer.display_name as customer_name'])
    .where('deals.id', '=', dealId)
    .executeTakeFirst();
  if (!deal || deal.status !== 'registered' || !deal.end_date) return false;
  const daysLeft = daysUntil(deal.end_date, ctx.now);
  const notice = expiryNoticeDue(daysLeft);
  if (notice === null) return false;
  const plans = await ctx.tx
    .selectFrom('deal_licenses')
    .innerJoin('plans', 'plans.id', 'deal_licenses.plan_id')
    .select(['plans.name', 'deal_licenses.quantity'])
    .where('deal_licenses.deal_id', '=', deal.id)
    .orderBy('plans.name')
    .execute();
  if (!plans.length) return false;
  const inserted = await ctx.tx
    .insertInto('deal_expiry_notices')
    .values({ deal_id: deal.id, days_ahead: notice, sent_at: ctx.now })
    .onConflict((oc) => oc.columns(['deal_id', 'days_ahead']).doNothing())
    .returning('deal_id')
    .executeTakeFirst();
  if (!inserted) return false;
  await notify(ctx, {
    kind: 'license.expiring',
    recipients: { userIds: await licenseAdminsOf(ctx.tx, deal.customer_tenant_id), emails: [deal.contact_email] },
    data: {
      dealId: deal.id,
      customerName: deal.customer_name,
      offerName: deal.offer_name,
      plans: plans.map((p) => `${p.name} (${p.quantity})`),
      endDate: deal.end_date,
      notice,
      daysLeft,
    },
  });
  return true;
}
