import { randomUUID } from 'node:crypto';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { ensureDefaultEnvironment } from './ensureDefaultEnvironment.js';
import { assertNameFree, nameTaken } from './environmentRules.js';

/** An admin adds an environment (e.g. "Test") to install apps into. */
export async function createEnvironment(ctx: CommandContext, props: { scope: TenantScope; name: string }): Promise<string> {
  await ensureDefaultEnvironment(ctx, props.scope.tenantId);
  await assertNameFree(ctx, props.scope, props.name);
  const id = randomUUID();
  await ctx.tx
    .insertInto('environments')
    .values({ id, tenant_id: props.scope.tenantId, name: props.name, created_at: ctx.now })
    .execute()
    .catch((error) => nameTaken(error, props.name));
  await recordAudit(ctx.tx, ctx.actor, { tenantId: props.scope.tenantId, action: 'environment.created', targetType: 'environment', targetId: id, summary: `Created environment ${props.name}` });
  return id;
}
