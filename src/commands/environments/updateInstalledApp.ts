import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';

export async function findInstallation(ctx: CommandContext, scope: TenantScope, environmentId: string, installationId: string) {
  const installation = await ctx.tx
    .selectFrom('installations')
    .innerJoin('environments', 'environments.id', 'installations.environment_id')
    .innerJoin('offers', 'offers.id', 'installations.offer_id')
    .select(['installations.id', 'installations.offer_id', 'installations.package_id', 'offers.name as offer_name', 'offers.published_package_id', 'environments.name as environment_name'])
    .where('installations.tenant_id', '=', scope.tenantId)
    .where('installations.environment_id', '=', environmentId)
    .where('installations.id', '=', installationId)
    .executeTakeFirst();
  if (!installation) throw notFound(`Installed app ${installationId} in environment ${environmentId}`);
  return installation;
}

/** Updates an installed app to the offer's live package version. */
export async function updateInstalledApp(ctx: CommandContext, props: { scope: TenantScope; environmentId: string; installationId: string }): Promise<void> {
  const installation = await findInstallation(ctx, props.scope, props.environmentId, props.installationId);
  const target = installation.published_package_id;
  if (!target) throw conflict(`${installation.offer_name} has no published package to update to`);
  if (target === installation.package_id) throw conflict(`${installation.offer_name} is already at the latest version`);
  const versions = await ctx.tx.selectFrom('solution_packages').select(['id', 'version']).where('id', 'in', [target, installation.package_id]).execute();
  const version = (id: string) => versions.find((v) => v.id === id)?.version ?? '?';
  await ctx.tx.updateTable('installations').set({ package_id: target, updated_at: ctx.now }).where('id', '=', installation.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'app.updated',
    targetType: 'installation',
    targetId: installation.id,
    summary: `Updated ${installation.offer_name} in ${installation.environment_name} from ${version(installation.package_id)} to ${version(target)}`,
  });
}
