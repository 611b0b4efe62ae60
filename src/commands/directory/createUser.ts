import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { userPrincipalNameProblem } from '../../domain/directory/names.js';
import { conflict, invalid } from '../../domain/problems.js';
import { hashPassword } from '../../identity/passwords.js';
import { passwordProblemFor } from '../../domain/identity/passwordPolicy.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import { recordAudit } from '../../store/audit.js';
import { getOwnTenant } from '../../store/directory/tenants.js';
import { findUser, type UserRecord } from '../../store/directory/users.js';
import { isUniqueViolation } from '../../store/errors.js';
import type { Role } from '../../domain/identity/roles.js';
import type { CommandContext } from '../context.js';

export interface CreateUserProps {
  scope: TenantScope;
  userPrincipalName: string;
  displayName: string;
  usageLocation?: string | null | undefined;
  enabled?: boolean | undefined;
  password?: string | undefined;
  /** Where the password came from, for the 400 (the tenant's first admin: `admin.password`). */
  passwordField?: string | undefined;
  /** A pre-computed hash (the demo loader reuses one for speed). */
  passwordHash?: string | undefined;
  roles?: Role[] | undefined;
}

export async function createUser(ctx: CommandContext, props: CreateUserProps): Promise<UserRecord> {
  const tenant = await getOwnTenant(ctx.tx, props.scope);
  const problem = await principalNameProblem(ctx, props.scope, props.userPrincipalName, tenant.primaryDomain);
  if (problem) throw invalid('userPrincipalName', problem);
  await assertPrincipalNameFree(ctx, props.userPrincipalName);
  if (props.password !== undefined) {
    const weak = passwordProblemFor(props.password, props);
    if (weak) throw invalid(props.passwordField ?? 'password', weak);
  }
  const id = randomUUID();
  const passwordHash = props.passwordHash ?? (props.password ? await hashPassword(props.password) : null);
  try {
    await ctx.tx
      .insertInto('users')
      .values({
        id,
        tenant_id: props.scope.tenantId,
        user_principal_name: props.userPrincipalName,
        display_name: props.displayName,
        usage_location: props.usageLocation ?? tenant.country,
        enabled: props.enabled ?? true,
        password_hash: passwordHash,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'users_upn_key')) throw upnTaken(props.userPrincipalName);
    throw error;
  }
  if (props.roles?.length) {
    await ctx.tx
      .insertInto('role_assignments')
      .values(props.roles.map((role) => ({ tenant_id: props.scope.tenantId, user_id: id, role })))
      .execute();
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'user.created',
    targetType: 'user',
    targetId: id,
    summary: `Created user ${props.userPrincipalName}`,
    detail: { roles: props.roles ?? [] },
  });
  await recordEntitlementChange(ctx, { kind: 'users', tenantId: props.scope.tenantId, userIds: [id] });
  return (await findUser(ctx.tx, props.scope, id))!;
}

/**
 * Why a user principal name is unacceptable, or null: it must end with the
 * tenant's primary domain or one of the domains it verified (for single
 * sign-on, issue 16).
 */
export async function principalNameProblem(ctx: CommandContext, scope: TenantScope, upn: string, primaryDomain: string): Promise<string | null> {
  const problem = userPrincipalNameProblem(upn, primaryDomain);
  if (!problem || !problem.startsWith('must end with')) return problem;
  const domain = upn.slice(upn.lastIndexOf('@') + 1).toLowerCase();
  const verified = await ctx.tx
    .selectFrom('tenant_domains')
    .select('domain')
    .where('tenant_id', '=', scope.tenantId)
    .where('domain', '=', domain)
    .where('verified_at', 'is not', null)
    .executeTakeFirst();
  return verified ? null : `${problem} or one of its verified domains`;
}

const upnTaken = (upn: string) =>
  conflict(`A user with the user principal name ${upn} already exists`, { errors: [{ field: 'userPrincipalName', message: 'is already taken' }] });

export async function assertPrincipalNameFree(ctx: CommandContext, upn: string, exceptUserId?: string): Promise<void> {
  let q = ctx.tx.selectFrom('users').select('id').where(sql`lower(user_principal_name)`, '=', upn.toLowerCase());
  if (exceptUserId) q = q.where('id', '<>', exceptUserId);
  if (await q.executeTakeFirst()) throw upnTaken(upn);
}
