import { randomUUID } from 'node:crypto';
import { SCREENSHOTS_PER_OFFER, type ScreenshotContentType } from '../../domain/offers/screenshotImage.js';
import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { lockOffer, type OfferRecord } from '../../store/partner/offers.js';
import { countScreenshots } from '../../store/partner/screenshots.js';
import type { CommandContext } from '../context.js';
import { offerTarget } from './offerAuditTargets.js';

/** Adds a screenshot already checked by readScreenshot() after the offer's others; at most SCREENSHOTS_PER_OFFER. Live at once on a published offer, like the other listing fields. */
export async function addOfferScreenshot(
  ctx: CommandContext,
  props: { scope: TenantScope; offerRef: string; altText: string; image: { bytes: Uint8Array; contentType: ScreenshotContentType; width: number; height: number } },
): Promise<OfferRecord> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  if ((await countScreenshots(ctx.tx, offer.id)) >= SCREENSHOTS_PER_OFFER) {
    throw conflict(`Offer ${offer.offerKey} already has ${SCREENSHOTS_PER_OFFER} screenshots, the most a listing shows; remove one first`);
  }
  const id = randomUUID();
  const { image } = props;
  await ctx.tx
    .insertInto('offer_screenshots')
    .values({ id, tenant_id: props.scope.tenantId, offer_id: offer.id, alt_text: props.altText, content_type: image.contentType, width: image.width, height: image.height, bytes: Buffer.from(image.bytes), created_at: ctx.now })
    .execute();
  await ctx.tx.updateTable('offers').set({ updated_at: ctx.now }).where('id', '=', offer.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'offer.screenshot_added',
    summary: `Added a screenshot to offer ${offer.offerKey} (${image.contentType}, ${image.width} × ${image.height}, ${image.bytes.length} bytes)`,
    ...offerTarget(offer, { screenshotId: id, altText: props.altText }),
  });
  return (await lockOffer(ctx.tx, props.scope, props.offerRef))!;
}

export async function removeOfferScreenshot(ctx: CommandContext, props: { scope: TenantScope; offerRef: string; screenshotId: string }): Promise<OfferRecord> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  const removed = await ctx.tx
    .deleteFrom('offer_screenshots')
    .where('tenant_id', '=', props.scope.tenantId)
    .where('offer_id', '=', offer.id)
    .where('id', '=', props.screenshotId)
    .returning('alt_text')
    .executeTakeFirst();
  if (!removed) throw notFound(`Screenshot ${props.screenshotId} of offer ${offer.offerKey}`);
  await ctx.tx.updateTable('offers').set({ updated_at: ctx.now }).where('id', '=', offer.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'offer.screenshot_removed',
    summary: `Removed a screenshot from offer ${offer.offerKey} ("${removed.alt_text}")`,
    ...offerTarget(offer, { screenshotId: props.screenshotId }),
  });
  return (await lockOffer(ctx.tx, props.scope, props.offerRef))!;
}
