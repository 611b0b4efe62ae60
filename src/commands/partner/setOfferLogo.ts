import type { LogoContentType } from '../../domain/offers/logoImage.js';
import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { lockOffer, type OfferRecord } from '../../store/partner/offers.js';
import type { CommandContext } from '../context.js';
import { offerTarget } from './offerAuditTargets.js';

/** Replaces the offer's logo with an image already checked by readLogo(); null removes it (drafts only: a live listing needs one). */
export async function setOfferLogo(
  ctx: CommandContext,
  props: { scope: TenantScope; offerRef: string; logo: { bytes: Uint8Array; contentType: LogoContentType } | null },
): Promise<OfferRecord> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  if (!props.logo && offer.status !== 'draft') {
    throw conflict(`The logo of a ${offer.status.replace('_', '-')} offer can be replaced but not removed: the listing needs one`);
  }
  await ctx.tx
    .updateTable('offers')
    .set({ logo: props.logo ? Buffer.from(props.logo.bytes) : null, logo_content_type: props.logo?.contentType ?? null, updated_at: ctx.now })
    .where('id', '=', offer.id)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: props.logo ? 'offer.logo_set' : 'offer.logo_removed',
    summary: props.logo ? `Uploaded a new logo for offer ${offer.offerKey} (${props.logo.contentType}, ${props.logo.bytes.length} bytes)` : `Removed the logo of offer ${offer.offerKey}`,
    ...offerTarget(offer),
  });
  return (await lockOffer(ctx.tx, props.scope, props.offerRef))!;
}
