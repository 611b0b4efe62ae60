import type { PublishProblem } from '../../domain/offers/publishReadiness.js';
import { DomainError, notFound } from '../../domain/problems.js';
import { recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/errors.js';
import { lockOffer, type OfferRecord } from '../../store/partner/offers.js';
import type { CommandContext } from '../context.js';
import { offerTarget } from './offerAuditTargets.js';
import { assessPublishReadiness } from './publishReadiness.js';

export const cannotPublish = (offerId: string, problems: PublishProblem[]) =>
  new DomainError(
    422,
    'Offer cannot be published',
    `Offer ${offerId} has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before publishing: ${problems.map((p) => p.message).join('; ')}`,
    { problems },
  );

/**
 * Makes the offer live with its current package: checks everything at once,
 * then rewrites the app modules (and, with license management, which plans
 * unlock each) that the launch page and the runtime check read. Publishing a
 * published offer again makes its latest package and plans live; publishing a
 * stop-sold one also puts it back on sale.
 */
export async function publishOffer(ctx: CommandContext, props: { scope: TenantScope; offerRef: string }): Promise<OfferRecord> {
  const { scope } = props;
  const offer = await lockOffer(ctx.tx, scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  const readiness = await assessPublishReadiness(ctx.tx, scope, offer);
  const current = readiness.currentPackage;
  if (readiness.problems.length || !current?.validation.manifest || !current.validation.license) throw cannotPublish(offer.offerKey, readiness.problems);

  const { manifest, license } = current.validation;
  await ctx.tx.deleteFrom('app_module_plans').where('offer_id', '=', offer.id).execute();
  await ctx.tx.deleteFrom('app_modules').where('offer_id', '=', offer.id).execute();
  try {
    await ctx.tx
      .insertInto('app_modules')
      .values(manifest.appModules.map((m) => ({ offer_id: offer.id, unique_name: m.uniqueName, display_name: m.displayName })))
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'app_modules_unique_name_key')) {
      throw cannotPublish(offer.offerKey, [{ code: 'app_module.taken', field: 'package', message: 'An app module of the package was just published by another offer; app module unique names must be unique' }]);
    }
    throw error;
  }
  if (offer.licenseManagement) {
    const planIds = new Map(readiness.plans.map((p) => [p.serviceId, p.id]));
    const servicePlans = new Map(license.servicePlans.map((p) => [p.serviceId, p]));
    const rows = license.mappings.map((m) => ({
      offer_id: offer.id,
      app_module: m.appModule,
      plan_id: planIds.get(m.serviceId)!,
      display_name: servicePlans.get(m.serviceId)!.displayName,
      more_info_url: servicePlans.get(m.serviceId)!.moreInfoUrl,
    }));
    if (rows.length) await ctx.tx.insertInto('app_module_plans').values(rows).execute();
  }
  await ctx.tx
    .updateTable('offers')
    .set({ status: 'published', published_package_id: current.record.id, published_at: ctx.now, stop_sold_at: null, updated_at: ctx.now })
    .where('id', '=', offer.id)
    .execute();
  // The runtime check's catalog of app modules and the plans that unlock them just changed.
  await recordEntitlementChange(ctx, { kind: 'catalog' });
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: scope.tenantId,
    action: 'offer.published',
    summary: `Published offer ${offer.offerKey} with package ${current.record.version}`,
    ...offerTarget(offer, { version: current.record.version, previousStatus: offer.status, appModules: manifest.appModules.length, plans: readiness.plans.length }),
  });
  return (await lockOffer(ctx.tx, scope, props.offerRef))!;
}
