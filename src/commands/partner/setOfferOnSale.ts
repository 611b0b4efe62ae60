import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { lockOffer, type OfferRecord } from '../../store/partner/offers.js';
import type { CommandContext } from '../context.js';
import { offerTarget } from './offerAuditTargets.js';

/**
 * Stop selling: the offer leaves the marketplace and takes no new
 * customers, while customers who have it keep their licenses and apps (its
 * app modules stay registered for the runtime check). Resuming puts the same
 * live version back on sale.
 */
export async function setOfferOnSale(ctx: CommandContext, props: { scope: TenantScope; offerRef: string; onSale: boolean }): Promise<OfferRecord> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  const from = props.onSale ? 'stop_sold' : 'published';
  if (offer.status !== from) {
    throw conflict(
      props.onSale
        ? `Only a stop-sold offer can be resumed; offer ${offer.offerKey} is ${offer.status.replace('_', '-')}`
        : `Only a published offer can be stop-sold; offer ${offer.offerKey} is ${offer.status.replace('_', '-')}`,
    );
  }
  await ctx.tx
    .updateTable('offers')
    .set({ status: props.onSale ? 'published' : 'stop_sold', stop_sold_at: props.onSale ? null : ctx.now, updated_at: ctx.now })
    .where('id', '=', offer.id)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: props.onSale ? 'offer.resumed' : 'offer.stop_sold',
    summary: props.onSale ? `Resumed selling offer ${offer.offerKey}` : `Stopped selling offer ${offer.offerKey}`,
    ...offerTarget(offer),
  });
  return (await lockOffer(ctx.tx, props.scope, props.offerRef))!;
}
