import { missingListingFields } from '../../domain/offers/listing.js';
import { freemiumProblem } from '../../domain/packages/index.js';
import { conflict, invalidFields, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { lockOffer, type OfferRecord } from '../../store/partner/offers.js';
import { findPackageById } from '../../store/partner/packages.js';
import type { CommandContext } from '../context.js';
import { offerTarget } from './offerAuditTargets.js';
import { resolveSetup, type OfferChanges } from './offerRules.js';

/**
 * Edits an offer's setup and listing. Listing edits of a published offer
 * are live at once, so they may not empty a field the listing needs; the
 * license management box is fixed once published; allowing installs without
 * licenses on a live offer needs a live package with a free app module.
 */
export async function updateOffer(ctx: CommandContext, props: { scope: TenantScope; offerRef: string; changes: OfferChanges }): Promise<OfferRecord> {
  const { scope, changes } = props;
  const before = await lockOffer(ctx.tx, scope, props.offerRef);
  if (!before) throw notFound(`Offer ${props.offerRef}`);
  const decision = await resolveSetup(ctx.tx, scope, before, changes);

  if (decision.enablesFreemium && before.publishedPackageId) {
    const live = await findPackageById(ctx.tx, scope, before.id, before.publishedPackageId);
    if (live && freemiumProblem(live.manifest, live.license)) {
      throw conflict(
        `Package ${live.version}, which customers get, maps every app module to a plan, so nothing would be usable without a license; publish a package that leaves an app module unmapped first`,
        { errors: [{ field: 'allowInstallWithoutLicenses', message: 'needs a live package with at least one app module no plan maps' }] },
      );
    }
  }
  if (before.status !== 'draft') {
    const missing = missingListingFields({
      name: changes.name ?? before.name,
      summary: changes.summary ?? before.summary,
      description: changes.description ?? before.description,
      categories: changes.categories ?? before.categories,
      hasLogo: before.logoContentType !== null,
      supportUrl: changes.supportUrl !== undefined ? changes.supportUrl : before.supportUrl,
      privacyUrl: changes.privacyUrl !== undefined ? changes.privacyUrl : before.privacyUrl,
      launchUrl: changes.launchUrl !== undefined ? changes.launchUrl : before.launchUrl,
    }).filter((m) => changes[m.field as keyof OfferChanges] !== undefined);
    if (missing.length) throw invalidFields(missing.map((m) => ({ field: m.field, message: `is required while the offer is ${before.status.replace('_', '-')}` })));
  }
  await ctx.tx
    .updateTable('offers')
    .set({
      license_management: decision.setup.licenseManagement,
      allow_install_without_license: decision.setup.allowInstallWithoutLicenses,
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.summary !== undefined ? { summary: changes.summary } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.pricingText !== undefined ? { pricing_text: changes.pricingText } : {}),
      ...(changes.categories !== undefined ? { categories: changes.categories } : {}),
      ...(changes.supportUrl !== undefined ? { support_url: changes.supportUrl } : {}),
      ...(changes.privacyUrl !== undefined ? { privacy_url: changes.privacyUrl } : {}),
      ...(changes.launchUrl !== undefined ? { launch_url: changes.launchUrl } : {}),
      updated_at: ctx.now,
    })
    .where('id', '=', before.id)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: scope.tenantId,
    action: 'offer.updated',
    summary: `Updated offer ${before.offerKey}`,
    ...offerTarget(before, { changed: Object.keys(changes).filter((k) => changes[k as keyof OfferChanges] !== undefined), ...decision.setup }),
  });
  return (await lockOffer(ctx.tx, scope, props.offerRef))!;
}
