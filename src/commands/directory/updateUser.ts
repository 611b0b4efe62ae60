import { userPrincipalNameProblem } from '../../domain/directory/names.js';
import { invalid, notFound } from '../../domain/problems.js';
import { hashPassword } from '../../identity/passwords.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordCredentialChange, recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import { recordAudit } from '../../store/audit.js';
import { getOwnTenant } from '../../store/directory/tenants.js';
import { findUser, type UserRecord } from '../../store/directory/users.js';
import type { CommandContext } from '../context.js';
import { reallocateAfterDirectoryChange } from '../licensing/reallocateAfterDirectoryChange.js';
import { assertPrincipalNameFree } from './createUser.js';
import { conflict } from '../../domain/problems.js';
import type { Role } from '../../store/schema.js';

/** Nobody locks themself out, and the tenant keeps an enabled Global admin. */
async function assertMayDisable(ctx: CommandContext, props: UpdateUserProps, roles: Role[]) {
  const field = { errors: [{ field: 'enabled', message: 'cannot be turned off for this user' }] };
  if (props.actingUserId === props.userId) throw conflict('You cannot disable your own account; ask another admin', field);
  if (!roles.includes('global_admin')) return;
  const other = await ctx.tx
    .selectFrom('role_assignments')
    .innerJoin('users', 'users.id', 'role_assignments.user_id')
    .select('users.id')
    .where('role_assignments.tenant_id', '=', props.scope.tenantId)
    .where('role_assignments.role', '=', 'global_admin')
    .where('users.enabled', '=', true)
    .where('users.id', '<>', props.userId)
    .executeTakeFirst();
  if (!other) throw conflict("This is the tenant's last enabled Global admin; make someone else Global admin first", field);
}

export interface UpdateUserProps {
  scope: TenantScope;
  userId: string;
  /** Who asks; they may not disable themself. */
  actingUserId?: string;
  changes: {
    userPrincipalName?: string | undefined;
    displayName?: string | undefined;
    usageLocation?: string | null | undefined;
    enabled?: boolean | undefined;
    password?: string | undefined;
  };
  /** The new password's hash, computed before the transaction (hashing takes ~0.1 s); else it is hashed here. */
  passwordHash?: string | undefined;
}

export async function updateUser(ctx: CommandContext, props: UpdateUserProps): Promise<UserRecord> {
  const before = await findUser(ctx.tx, props.scope, props.userId);
  if (!before) throw notFound(`User ${props.userId}`);
  const { changes } = props;
  if (changes.enabled === false && before.enabled) await assertMayDisable(ctx, props, before.roles);
  if (changes.userPrincipalName !== undefined && changes.userPrincipalName !== before.userPrincipalName) {
    const tenant = await getOwnTenant(ctx.tx, props.scope);
    const problem = userPrincipalNameProblem(changes.userPrincipalName, tenant.primaryDomain);
    if (problem) throw invalid('userPrincipalName', problem);
    await assertPrincipalNameFree(ctx, changes.userPrincipalName, props.userId);
  }
  await ctx.tx
    .updateTable('users')
    .set({
      ...(changes.userPrincipalName !== undefined ? { user_principal_name: changes.userPrincipalName } : {}),
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.usageLocation !== undefined ? { usage_location: changes.usageLocation } : {}),
      ...(changes.enabled !== undefined ? { enabled: changes.enabled } : {}),
      ...(changes.password !== undefined
        ? { password_hash: props.passwordHash ?? (await hashPassword(changes.password)), failed_sign_ins: 0, locked_until: null }
        : {}),
      updated_at: ctx.now,
    })
    .where('tenant_id', '=', props.scope.tenantId)
    .where('id', '=', props.userId)
    .execute();
  if (changes.enabled === false || changes.password !== undefined) {
    // A disabled user or a reset password ends every open session of that user.
    await ctx.tx.deleteFrom('sessions').where('user_id', '=', props.userId).execute();
  }
  if (changes.enabled !== undefined || changes.password !== undefined) await recordCredentialChange(ctx, [props.userId]);
  const changed = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: changes.enabled === false ? 'user.disabled' : 'user.updated',
    targetType: 'user',
    targetId: props.userId,
    summary: `Updated user ${before.userPrincipalName} (${changed.map((k) => (k === 'password' ? 'password reset' : k)).join(', ')})`,
    detail: { changed },
  });
  await recordEntitlementChange(ctx, { kind: 'users', tenantId: props.scope.tenantId, userIds: [props.userId] });
  if (changes.enabled !== undefined && changes.enabled !== before.enabled) {
    // Disabled users hold no seat; enabling one puts them back in line.
    await reallocateAfterDirectoryChange(ctx, props.scope, { reason: changes.enabled ? 'user enabled' : 'user disabled' });
  }
  return (await findUser(ctx.tx, props.scope, props.userId))!;
}
