import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { assertNameFree, findOwnEnvironment, nameTaken } from './environmentRules.js';

export async function renameEnvironment(ctx: CommandContext, props: { scope: TenantScope; environmentId: string; name: string }): Promise<void> {
  const environment = await findOwnEnvironment(ctx, props.scope, props.environmentId);
  await assertNameFree(ctx, props.scope, props.name, environment.id);
  await ctx.tx
    .updateTable('environments')
    .set({ name: props.name })
    .where('id', '=', environment.id)
    .execute()
    .catch((error) => nameTaken(error, props.name));
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'environment.renamed',
    targetType: 'environment',
    targetId: environment.id,
    summary: `Renamed environment ${environment.name} to ${props.name}`,
  });
}
