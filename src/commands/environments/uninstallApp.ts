import type { TenantScope } from '../../policies/tenantScope.js';
import { recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { offerFacts, recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { findInstallation } from './updateInstalledApp.js';

export async function uninstallApp(ctx: CommandContext, props: { scope: TenantScope; environmentId: string; installationId: string }): Promise<void> {
  const installation = await findInstallation(ctx, props.scope, props.environmentId, props.installationId);
  await ctx.tx.deleteFrom('installations').where('id', '=', installation.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'app.uninstalled',
    targetType: 'installation',
    targetId: installation.id,
    summary: `Uninstalled ${installation.offer_name} from ${installation.environment_name}`,
    detail: { offerId: installation.offer_id, environmentId: props.environmentId },
  });
  await recordEntitlementChange(ctx, { kind: 'installs', tenantId: props.scope.tenantId });
  const facts = await offerFacts(ctx, installation.offer_id);
  recordLicenseEvent(ctx, {
    type: 'app.uninstalled',
    subject: subjects.installation(props.scope.tenantId, installation.id),
    tenantId: props.scope.tenantId,
    publisherTenantId: facts.publisherTenantId,
    data: { tenantId: props.scope.tenantId, installationId: installation.id, offerId: facts.offerId, offerKey: facts.offerKey, environmentId: props.environmentId },
  });
}
