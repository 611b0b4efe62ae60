import { randomUUID } from 'node:crypto';
import { installEligibility } from '../../domain/licenses/installEligibility.js';
import { conflict, DomainError, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { offerFacts, recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { findOwnEnvironment } from './environmentRules.js';

/** A published offer's live package, or a 404 for anything customers cannot see. */
export async function findInstallableOffer(ctx: CommandContext, offerId: string) {
  const offer = await ctx.tx
    .selectFrom('offers')
    .leftJoin('solution_packages', 'solution_packages.id', 'offers.published_package_id')
    .select(['offers.id', 'offers.name', 'offers.status', 'offers.license_management', 'offers.allow_install_without_license', 'solution_packages.id as package_id', 'solution_packages.version'])
    .where('offers.id', '=', offerId)
    .executeTakeFirst();
  if (!offer || offer.status === 'draft') throw notFound(`Offer ${offerId}`);
  return offer;
}

/**
 * "Install this product": installs the offer's live package into one of the
 * tenant's environments, when the offer allows it (see installEligibility).
 */
export async function installApp(ctx: CommandContext, props: { scope: TenantScope; environmentId: string; offerId: string; installedBy: string | null }): Promise<string> {
  const environment = await findOwnEnvironment(ctx, props.scope, props.environmentId);
  const offer = await findInstallableOffer(ctx, props.offerId);
  if (offer.status !== 'published') throw conflict(`${offer.name} is no longer sold and cannot be newly installed`);
  if (!offer.package_id) throw conflict(`${offer.name} has no published package to install`);
  const held = await ctx.tx
    .selectFrom('products')
    .innerJoin('plans', 'plans.id', 'products.plan_id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('products.tenant_id', '=', props.scope.tenantId)
    .where('plans.offer_id', '=', offer.id)
    .where('products.state', '<>', 'removed')
    .executeTakeFirstOrThrow();
  const answer = installEligibility({
    offerName: offer.name,
    licenseManagement: offer.license_management,
    allowInstallWithoutLicense: offer.allow_install_without_license,
    heldProducts: Number(held.count),
  });
  if (!answer.allowed) throw new DomainError(409, 'Install not allowed', answer.detail, { code: 'NO_LICENSE' });
  const already = await ctx.tx.selectFrom('installations').select('id').where('environment_id', '=', environment.id).where('offer_id', '=', offer.id).executeTakeFirst();
  if (already) throw conflict(`${offer.name} is already installed in ${environment.name}`);
  const id = randomUUID();
  await ctx.tx
    .insertInto('installations')
    .values({ id, tenant_id: props.scope.tenantId, environment_id: environment.id, offer_id: offer.id, package_id: offer.package_id, installed_by: props.installedBy, installed_at: ctx.now, updated_at: ctx.now })
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'app.installed',
    targetType: 'installation',
    targetId: id,
    summary: `Installed ${offer.name} ${offer.version} in ${environment.name}`,
    detail: { offerId: offer.id, environmentId: environment.id, reason: answer.reason },
  });
  await recordEntitlementChange(ctx, { kind: 'installs', tenantId: props.scope.tenantId });
  const facts = await offerFacts(ctx, offer.id);
  recordLicenseEvent(ctx, {
    type: 'app.installed',
    subject: subjects.installation(props.scope.tenantId, id),
    tenantId: props.scope.tenantId,
    publisherTenantId: facts.publisherTenantId,
    data: { tenantId: props.scope.tenantId, installationId: id, offerId: facts.offerId, offerKey: facts.offerKey, environmentId: environment.id, version: offer.version },
  });
  return id;
}
