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

/**
 * The identity provider vouched for the person (the ID token is valid): find
 * them in the provider's tenant, or create them when the provider allows
 * just-in-time provisioning; add the groups and admin roles the group claim
 * maps to; open a session. The provider's second factor counts: no MFA prompt.
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
  for (const groupId of identity.groupIds) {
    await changeGroupMembers(ctx, { scope, groupId, add: { userIds: [user.id], groupIds: [] }, remove: [] });
  }
  if (identity.roles.length) {
    const added = await ctx.tx
      .insertInto('role_assignments')
      .values(identity.roles.map((role) => ({ tenant_id: provider.tenant_id, user_id: user.id, role })))
      .onConflict((oc) => oc.doNothing())
      .returning('role')
      .execute();
    if (added.length) {
      await recordAudit(ctx.tx, ctx.actor, {
        tenantId: provider.tenant_id,
        action: 'user.roles_changed',
        targetType: 'user',
        targetId: user.id,
        summary: `${provider.display_name}'s group claim gave ${identity.userPrincipalName} ${added.map((r) => r.role).join(', ')}`,
      });
      await recordCredentialChange(ctx, [user.id]);
    }
  }
  const session = await createSession(ctx.tx, { id: user.id, tenantId: user.tenant_id }, ctx.now, 'done');
  await auditSignIn(ctx.tx, user, `single sign-on with ${provider.display_name}`);
  return { ...session, userId: user.id, mfaState: 'done' as const };
}
