import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { lockOffer } from '../../store/partner/offers.js';
import type { CommandContext } from '../context.js';
import { offerTarget } from './offerAuditTargets.js';

/** Deletes a draft offer with its plans and packages. A published offer is stop-sold instead: customers rely on it. */
export async function deleteOffer(ctx: CommandContext, props: { scope: TenantScope; offerRef: string }): Promise<void> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  if (offer.status !== 'draft') {
    throw conflict(`Only draft offers can be deleted; offer ${offer.offerKey} is ${offer.status.replace('_', '-')}. Stop selling it instead`);
  }
  const deal = await ctx.tx.selectFrom('deals').select('id').where('offer_id', '=', offer.id).executeTakeFirst();
  if (deal) throw conflict(`Offer ${offer.offerKey} has registered deals and can't be deleted`);
  await ctx.tx.deleteFrom('offers').where('id', '=', offer.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'offer.deleted',
    summary: `Deleted draft offer ${offer.offerKey} (${offer.name})`,
    ...offerTarget(offer),
  });
}
