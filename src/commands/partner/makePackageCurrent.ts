import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { lockOffer, type OfferRecord } from '../../store/partner/offers.js';
import { findPackage } from '../../store/partner/packages.js';
import type { CommandContext } from '../context.js';
import { offerTarget } from './offerAuditTargets.js';

/** Picks which stored version the next publish makes live (e.g. back to an older one). */
export async function makePackageCurrent(ctx: CommandContext, props: { scope: TenantScope; offerRef: string; version: string }): Promise<OfferRecord> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  const pkg = await findPackage(ctx.tx, props.scope, offer.id, props.version);
  if (!pkg) throw notFound(`Package version ${props.version} of offer ${props.offerRef}`);
  await ctx.tx.updateTable('offers').set({ current_package_id: pkg.id, updated_at: ctx.now }).where('id', '=', offer.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'package.made_current',
    summary: `Made package version ${pkg.version} current for offer ${offer.offerKey}`,
    ...offerTarget(offer),
  });
  return (await lockOffer(ctx.tx, props.scope, props.offerRef))!;
}
