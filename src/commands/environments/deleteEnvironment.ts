import { conflict } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { findOwnEnvironment } from './environmentRules.js';

/** Deletes an environment that has no apps installed; the default one stays. */
export async function deleteEnvironment(ctx: CommandContext, props: { scope: TenantScope; environmentId: string }): Promise<void> {
  const environment = await findOwnEnvironment(ctx, props.scope, props.environmentId);
  if (environment.is_default) throw conflict(`${environment.name} is the default environment and cannot be deleted`);
  const installed = await ctx.tx.selectFrom('installations').select((eb) => eb.fn.countAll<number>().as('count')).where('environment_id', '=', environment.id).executeTakeFirstOrThrow();
  if (Number(installed.count) > 0) throw conflict(`${environment.name} still has ${installed.count} app${Number(installed.count) === 1 ? '' : 's'} installed; uninstall them first`);
  await ctx.tx.deleteFrom('environments').where('id', '=', environment.id).execute();
  await recordAudit(ctx.tx, ctx.actor, { tenantId: props.scope.tenantId, action: 'environment.deleted', targetType: 'environment', targetId: environment.id, summary: `Deleted environment ${environment.name}` });
}
