import { listingButtons } from '../../domain/marketplace/buttons.js';
import { DomainError } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { tenantHoldsLicense, type ListedOffer } from '../../store/marketplace/catalog.js';
import type { CommandContext } from '../context.js';
import { findOwnEnvironment } from '../environments/environmentRules.js';
import { installApp } from '../environments/installApp.js';

/**
 * Get it now → install: the listing's rule (the button must be shown to this
 * visitor) and then exactly the Admin Center's "Install this product" command,
 * with all of its rules (environment of the tenant, live package, licenses,
 * not installed twice) and its audit event.
 */
export async function installFromListing(
  ctx: CommandContext,
  props: { scope: TenantScope; offer: ListedOffer; environmentId: string; installedBy: string; isTenantAdmin: boolean },
): Promise<{ installationId: string; environment: { id: string; name: string }; version: string }> {
  const holds = await tenantHoldsLicense(ctx.tx, props.scope, props.offer.id);
  const buttons = listingButtons(props.offer, { signedIn: true, tenantHoldsLicense: holds, isTenantAdmin: props.isTenantAdmin });
  if (!buttons.getItNow.shown) throw new DomainError(409, 'Install not allowed', buttons.getItNow.reason, { code: 'GET_IT_NOW_NOT_SHOWN' });
  const environment = await findOwnEnvironment(ctx, props.scope, props.environmentId);
  const installationId = await installApp(ctx, { scope: props.scope, environmentId: environment.id, offerId: props.offer.id, installedBy: props.installedBy });
  const installed = await ctx.tx
    .selectFrom('installations')
    .innerJoin('solution_packages', 'solution_packages.id', 'installations.package_id')
    .select('solution_packages.version')
    .where('installations.id', '=', installationId)
    .executeTakeFirstOrThrow();
  return { installationId, environment: { id: environment.id, name: environment.name }, version: installed.version };
}
