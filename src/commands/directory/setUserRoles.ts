import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { anotherEnabledHolder, KEPT_ROLE_NAME, KEPT_ROLES } from '../../store/directory/roleHolders.js';
import { endCredentials } from '../identity/endCredentials.js';
import { findUser, type UserRecord } from '../../store/directory/users.js';
import type { Role } from '../../domain/identity/roles.js';
import type { CommandContext } from '../context.js';

/**
 * Replaces a user's admin roles (the operator role only where the route let
 * it through: in the operator's tenant, by an operator). The tenant always
 * keeps an enabled Global admin and the platform an enabled operator. A change
 * ends the person's sessions and API tokens, so nothing issued under the old
 * roles outlives them.
 */
export async function setUserRoles(ctx: CommandContext, props: { scope: TenantScope; userId: string; roles: Role[] }): Promise<UserRecord> {
  const user = await findUser(ctx.tx, props.scope, props.userId);
  if (!user) throw notFound(`User ${props.userId}`);
  const roles = [...new Set(props.roles)].sort();
  for (const role of KEPT_ROLES) {
    if (user.roles.includes(role) && !roles.includes(role) && !(await anotherEnabledHolder(ctx.tx, role, props.scope.tenantId, props.userId))) {
      throw conflict(`${user.userPrincipalName} is ${KEPT_ROLE_NAME[role]}; make someone else ${role === 'operator' ? 'an operator' : 'Global admin'} first`);
    }
  }
  const before = [...user.roles].sort();
  if (before.join() === roles.join()) return user;
  // Roles kept keep their source (a role an identity provider's group mapping granted stays its to take away).
  const removed = before.filter((role) => !roles.includes(role));
  const added = roles.filter((role) => !before.includes(role));
  if (removed.length) await ctx.tx.deleteFrom('role_assignments').where('user_id', '=', props.userId).where('role', 'in', removed).execute();
  if (added.length) {
    await ctx.tx
      .insertInto('role_assignments')
      .values(added.map((role) => ({ tenant_id: props.scope.tenantId, user_id: props.userId, role })))
      .execute();
  }
  const ended = await endCredentials(ctx, [props.userId]);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'user.roles_changed',
    targetType: 'user',
    targetId: props.userId,
    summary: `Set roles of ${user.userPrincipalName} to ${roles.length ? roles.join(', ') : 'none'}; ended ${ended.sessions} session(s) and ${ended.tokens} API token(s)`,
    detail: { before, after: roles, ended },
  });
  return (await findUser(ctx.tx, props.scope, props.userId))!;
}
