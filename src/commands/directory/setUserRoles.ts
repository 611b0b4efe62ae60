import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { recordCredentialChange } from '../../runtime/entitlementChanges.js';
import { findUser, type UserRecord } from '../../store/directory/users.js';
import type { Role } from '../../store/schema.js';
import type { CommandContext } from '../context.js';

export type TenantRole = Exclude<Role, 'operator'>;

/** Replaces a user's admin roles. The tenant always keeps at least one Global admin. */
export async function setUserRoles(ctx: CommandContext, props: { scope: TenantScope; userId: string; roles: TenantRole[] }): Promise<UserRecord> {
  const user = await findUser(ctx.tx, props.scope, props.userId);
  if (!user) throw notFound(`User ${props.userId}`);
  const roles = [...new Set(props.roles)];
  if (user.roles.includes('global_admin') && !roles.includes('global_admin')) {
    const others = await ctx.tx
      .selectFrom('role_assignments')
      .select('user_id')
      .where('tenant_id', '=', props.scope.tenantId)
      .where('role', '=', 'global_admin')
      .where('user_id', '<>', props.userId)
      .executeTakeFirst();
    if (!others) throw conflict(`${user.userPrincipalName} is the tenant's last Global admin; make someone else Global admin first`);
  }
  await ctx.tx.deleteFrom('role_assignments').where('user_id', '=', props.userId).where('role', '<>', 'operator').execute();
  if (roles.length) {
    await ctx.tx
      .insertInto('role_assignments')
      .values(roles.map((role) => ({ tenant_id: props.scope.tenantId, user_id: props.userId, role })))
      .execute();
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'user.roles_changed',
    targetType: 'user',
    targetId: props.userId,
    summary: `Set roles of ${user.userPrincipalName} to ${roles.length ? roles.join(', ') : 'none'}`,
    detail: { before: user.roles.filter((r) => r !== 'operator'), after: roles },
  });
  await recordCredentialChange(ctx, [props.userId]);
  return (await findUser(ctx.tx, props.scope, props.userId))!;
}
