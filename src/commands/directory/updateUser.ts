import { invalid, notFound } from '../../domain/problems.js';
import { hashPassword } from '../../identity/passwords.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordCredentialChange, recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import { recordAudit } from '../../store/audit.js';
import { getOwnTenant } from '../../store/directory/tenants.js';
import { findUser, type UserRecord } from '../../store/directory/users.js';
import type { CommandContext } from '../context.js';
import { recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { reallocateAfterDirectoryChange } from '../licensing/reallocateAfterDirectoryChange.js';
import { assertPrincipalNameFree, principalNameProblem } from './createUser.js';
import { conflict } from '../../domain/problems.js';
import type { Role } from '../../domain/identity/roles.js';
import { anotherEnabledHolder, KEPT_ROLE_NAME, KEPT_ROLES } from '../../store/directory/roleHolders.js';
import { endCredentials } from '../identity/endCredentials.js';
import { passwordProblemFor } from '../../domain/identity/passwordPolicy.js';

/** Nobody locks themself out; the tenant keeps an enabled Global admin and the platform an enabled operator. */
async function assertMayDisable(ctx: CommandContext, props: UpdateUserProps, roles: Role[]) {
  const field = { errors: [{ field: 'enabled', message: 'cannot be turned off for this user' }] };
  if (props.actingUserId === props.userId) throw conflict('You cannot disable your own account; ask another admin', field);
  for (const role of KEPT_ROLES) {
    if (roles.includes(role) && !(await anotherEnabledHolder(ctx.tx, role, props.scope.tenantId, props.userId))) {
      throw conflict(`This is ${KEPT_ROLE_NAME[role]}; make someone else ${role === 'operator' ? 'an operator' : 'Global admin'} first`, field);
    }
  }
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
    const problem = await principalNameProblem(ctx, props.scope, changes.userPrincipalName, tenant.primaryDomain);
    if (problem) throw invalid('userPrincipalName', problem);
    await assertPrincipalNameFree(ctx, changes.userPrincipalName, props.userId);
  }
  if (changes.password !== undefined) {
    const problem = passwordProblemFor(changes.password, {
      userPrincipalName: changes.userPrincipalName ?? before.userPrincipalName,
      displayName: changes.displayName ?? before.displayName,
    });
    if (problem) throw invalid('password', problem);
  }
  await ctx.tx
    .updateTable('users')
    .set({
      ...(changes.userPrincipalName !== undefined ? { user_principal_name: changes.userPrincipalName } : {}),
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.usageLocation !== undefined ? { usage_location: changes.usageLocation } : {}),
      ...(changes.enabled !== undefined ? { enabled: changes.enabled } : {}),
      ...(changes.password !== undefined
        ? { password_hash: props.passwordHash ?? (await hashPassword(changes.password)) }
        : {}),
      updated_at: ctx.now,
    })
    .where('tenant_id', '=', props.scope.tenantId)
    .where('id', '=', props.userId)
    .execute();
  // A disabled user or a reset password ends the person's sessions and API tokens at once, on every server.
  const ended = changes.enabled === false || changes.password !== undefined ? await endCredentials(ctx, [props.userId]) : null;
  if (changes.enabled === true) await recordCredentialChange(ctx, [props.userId]);
  const changed = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: changes.enabled === false ? 'user.disabled' : 'user.updated',
    targetType: 'user',
    targetId: props.userId,
    summary: `Updated user ${before.userPrincipalName} (${changed.map((k) => (k === 'password' ? 'password reset' : k)).join(', ')})${ended ? `; ended ${ended.sessions} session(s) and ${ended.tokens} API token(s)` : ''}`,
    detail: { changed, ...(ended ? { ended } : {}) },
  });
  await recordEntitlementChange(ctx, { kind: 'users', tenantId: props.scope.tenantId, userIds: [props.userId] });
  if (changes.enabled === false && before.enabled) {
    const { tenantId } = props.scope;
    recordLicenseEvent(ctx, { type: 'user.disabled', subject: subjects.user(tenantId, props.userId), tenantId, data: { tenantId, userId: props.userId } });
  }
  if (changes.enabled !== undefined && changes.enabled !== before.enabled) {
    // Disabled users hold no seat; enabling one puts them back in line.
    await reallocateAfterDirectoryChange(ctx, props.scope, { reason: changes.enabled ? 'user enabled' : 'user disabled' });
  }
  return (await findUser(ctx.tx, props.scope, props.userId))!;
}
