import { sql } from 'kysely';
import { DomainError } from '../../domain/problems.js';
import type { SsoIdentity } from '../../domain/identity/ssoClaims.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { createSession } from '../../store/identity/sessions.js';
import type { CommandContext } from '../context.js';
import { createUser } from '../directory/createUser.js';
import { changeGroupMembers } from '../directory/changeGroupMembers.js';
import { auditSignIn } from './signIn.js';
import { recordCredentialChange } from '../../runtime/entitlementChanges.js';
import type { Role } from '../../domain/identity/roles.js';
import { anotherEnabledHolder, KEPT_ROLES } from '../../store/directory/roleHolders.js';
import { endCredentials } from './endCredentials.js';

/**
 * The identity provider vouched for the person (the ID token is valid): find
 * them in the provider's tenant, or create them when the provider allows
 * just-in-time provisioning; bring the groups and admin roles the group claim
 * maps to up to date (added, and taken away when the claim no longer carries
 * them); open a session. The provider's second factor counts: no MFA prompt.
 */
export async function completeSsoSignIn(ctx: CommandContext, props: { scope: TenantScope; provider: { id: string; tenant_id: string; display_name: string; jit: boolean }; identity: SsoIdentity }) {
  const { provider, identity, scope } = props;
  if (!identity.userPrincipalName) throw new DomainError(403, 'Sign-in refused', `${provider.display_name} sent no user principal name (preferred_username or email claim); check the provider's claim mapping`);
  let user = await ctx.tx
    .selectFrom('users')
    .select(['id', 'tenant_id', 'display_name', 'enabled'])
    .where(sql`lower(user_principal_name)`, '=', identity.userPrincipalName)
    .executeTakeFirst();
  if (user && user.tenant_id !== provider.tenant_id) throw new DomainError(403, 'Sign-in refused', `${identity.userPrincipalName} belongs to another organization`);
  if (!user) {
    if (!provider.jit) throw new DomainError(403, 'Sign-in refused', `${identity.userPrincipalName} has no LicenseHub account; ask an admin of your organization to add you`);
    const created = await createUser(ctx, {
      scope,
      userPrincipalName: identity.userPrincipalName,
      displayName: identity.displayName ?? identity.userPrincipalName.split('@')[0]!,
      usageLocation: identity.country,
    });
    await ctx.tx.updateTable('users').set({ source: 'sso' }).where('id', '=', created.id).execute();
    user = { id: created.id, tenant_id: created.tenantId, display_name: created.displayName, enabled: true };
  }
  if (!user.enabled) throw new DomainError(403, 'Account disabled', 'This account is disabled; ask an admin of your organization');
  await applyGroupClaim(ctx, { scope, provider, identity, userId: user.id });
  const session = await createSession(ctx.tx, { id: user.id, tenantId: user.tenant_id }, ctx.now, 'done');
  await auditSignIn(ctx.tx, user, `single sign-on with ${provider.display_name}`);
  return { ...session, userId: user.id, mfaState: 'done' as const };
}

/**
 * The group claim as it is now: the mapped groups and roles it carries are
 * added (marked as this provider's), and the ones this provider granted
 * before that the claim no longer carries are taken away. Memberships and
 * roles an admin granted by hand are never touched. Group changes go through
 * changeGroupMembers (one seat reallocation each, audited); a role taken away
 * ends the person's other sessions and API tokens, as any role change does,
 * except that a tenant's last Global admin keeps the role.
 */
async function applyGroupClaim(
  ctx: CommandContext,
  props: { scope: TenantScope; provider: { id: string; tenant_id: string; display_name: string }; identity: SsoIdentity; userId: string },
): Promise<void> {
  const { scope, provider, identity, userId } = props;
  const upn = identity.userPrincipalName;
  for (const groupId of identity.groupIds) {
    await changeGroupMembers(ctx, { scope, groupId, add: { userIds: [userId], groupIds: [] }, remove: [], grantedByProviderId: provider.id });
  }
  const lostGroups = await ctx.tx
    .selectFrom('group_members')
    .select('group_id')
    .where('tenant_id', '=', provider.tenant_id)
    .where('member_user_id', '=', userId)
    .where('granted_by_provider_id', '=', provider.id)
    .$if(identity.groupIds.length > 0, (q) => q.where('group_id', 'not in', identity.groupIds))
    .execute();
  for (const { group_id } of lostGroups) {
    await changeGroupMembers(ctx, { scope, groupId: group_id, add: { userIds: [], groupIds: [] }, remove: [userId] });
  }
  if (identity.roles.length) {
    const added = await ctx.tx
      .insertInto('role_assignments')
      .values(identity.roles.map((role) => ({ tenant_id: provider.tenant_id, user_id: userId, role, granted_by_provider_id: provider.id })))
      .onConflict((oc) => oc.doNothing())
      .returning('role')
      .execute();
    if (added.length) {
      await recordAudit(ctx.tx, ctx.actor, {
        tenantId: provider.tenant_id,
        action: 'user.roles_changed',
        targetType: 'user',
        targetId: userId,
        summary: `${provider.display_name}'s group claim gave ${upn} ${added.map((r) => r.role).join(', ')}`,
        detail: { provider: provider.id, added: added.map((r) => r.role) },
      });
      await recordCredentialChange(ctx, [userId]);
    }
  }
  const granted = await ctx.tx
    .selectFrom('role_assignments')
    .select('role')
    .where('user_id', '=', userId)
    .where('granted_by_provider_id', '=', provider.id)
    .execute();
  const lost: Role[] = [];
  const kept: Role[] = [];
  for (const { role } of granted) {
    if (identity.roles.includes(role)) continue;
    if (KEPT_ROLES.includes(role) && !(await anotherEnabledHolder(ctx.tx, role, provider.tenant_id, userId))) kept.push(role);
    else lost.push(role);
  }
  if (lost.length) {
    await ctx.tx.deleteFrom('role_assignments').where('user_id', '=', userId).where('role', 'in', lost).where('granted_by_provider_id', '=', provider.id).execute();
    const ended = await endCredentials(ctx, [userId]);
    await recordAudit(ctx.tx, ctx.actor, {
      tenantId: provider.tenant_id,
      action: 'user.roles_changed',
      targetType: 'user',
      targetId: userId,
      summary: `${provider.display_name}'s group claim no longer gives ${upn} ${lost.join(', ')}; ended ${ended.sessions} session(s) and ${ended.tokens} API token(s)`,
      detail: { provider: provider.id, removed: lost, ended, ...(kept.length ? { keptAsLastHolder: kept } : {}) },
    });
  }
}
