import { sql } from 'kysely';
import { DomainError } from '../../domain/problems.js';
import { scimUniqueness } from '../../domain/scim/errors.js';
import type { ScimUserInput, ScimUserRecord } from '../../domain/scim/userResource.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findUser } from '../../store/directory/users.js';
import { findScimUser } from '../../store/scim/scimDirectory.js';
import type { CommandContext } from '../context.js';
import { createUser } from '../directory/createUser.js';
import { updateUser } from '../directory/updateUser.js';

/**
 * A SCIM client creates or replaces a user (POST, PUT, and PATCH once the
 * operations are applied). What the directory models goes through the
 * directory's own commands — createUser, updateUser (which disables, ends
 * sessions and tokens, and releases seats through the one reallocation path)
 * — and the SCIM-only attributes (externalId, department, manager, profile)
 * are written beside them in the same transaction, with an audit event.
 */

/** The directory's 409s about a taken name are SCIM uniqueness conflicts. */
export async function asScimConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError && error.status === 409 && Array.isArray(error.extra.errors) && (error.extra.errors as { message: string }[]).some((e) => /already|taken|used/.test(e.message))) {
      throw scimUniqueness(error.detail);
    }
    throw error;
  }
}

async function assertExternalIdFree(ctx: CommandContext, scope: TenantScope, externalId: string | null, exceptUserId?: string) {
  if (!externalId) return;
  let q = ctx.tx.selectFrom('users').select('id').where('tenant_id', '=', scope.tenantId).where('external_id', '=', externalId);
  if (exceptUserId) q = q.where('id', '<>', exceptUserId);
  if (await q.executeTakeFirst()) throw scimUniqueness(`Another user of this tenant already has externalId "${externalId}"`);
}

async function writeScimAttributes(ctx: CommandContext, scope: TenantScope, userId: string, input: ScimUserInput) {
  await ctx.tx
    .updateTable('users')
    .set({
      source: sql`case when source = 'sso' then 'sso' else 'scim' end`,
      external_id: input.externalId,
      department: input.department,
      manager_id: input.managerId,
      scim_profile: JSON.stringify(input.profile),
      scim_deleted_at: null,
      updated_at: ctx.now,
    })
    .where('tenant_id', '=', scope.tenantId)
    .where('id', '=', userId)
    .execute();
}

function profileChanges(before: ScimUserRecord, input: ScimUserInput): string[] {
  const changed: string[] = [];
  if ((before.externalId ?? null) !== input.externalId) changed.push('externalId');
  if ((before.department ?? null) !== input.department) changed.push('department');
  if ((before.managerId ?? null) !== input.managerId) changed.push('manager');
  if (JSON.stringify(before.profile) !== JSON.stringify(input.profile)) changed.push('profile');
  return changed;
}

export async function createScimUser(ctx: CommandContext, props: { scope: TenantScope; input: ScimUserInput }): Promise<string> {
  const { scope, input } = props;
  // A person a SCIM DELETE removed comes back under the same name: the same user, enabled again.
  const returning = await ctx.tx
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', scope.tenantId)
    .where(sql`lower(user_principal_name)`, '=', input.userName.toLowerCase())
    .where('scim_deleted_at', 'is not', null)
    .executeTakeFirst();
  if (returning) {
    await ctx.tx.updateTable('users').set({ scim_deleted_at: null }).where('id', '=', returning.id).execute();
    await replaceScimUser(ctx, { scope, userId: returning.id, input });
    return returning.id;
  }
  await assertExternalIdFree(ctx, scope, input.externalId);
  const user = await asScimConflict(() =>
    createUser(ctx, {
      scope,
      userPrincipalName: input.userName,
      displayName: input.displayName,
      usageLocation: input.usageLocation,
      enabled: input.active,
    }),
  );
  await writeScimAttributes(ctx, scope, user.id, input);
  return user.id;
}

export async function replaceScimUser(ctx: CommandContext, props: { scope: TenantScope; userId: string; input: ScimUserInput }): Promise<void> {
  const { scope, userId, input } = props;
  const before = await findScimUser(ctx.tx, scope.tenantId, userId);
  const directory = await findUser(ctx.tx, scope, userId);
  if (!before || !directory) throw new DomainError(404, 'Not found', `User ${userId} was not found`);
  await assertExternalIdFree(ctx, scope, input.externalId, userId);
  const changes = {
    ...(input.userName !== before.userPrincipalName ? { userPrincipalName: input.userName } : {}),
    ...(input.displayName !== before.displayName ? { displayName: input.displayName } : {}),
    ...(input.usageLocation !== null && input.usageLocation !== before.usageLocation ? { usageLocation: input.usageLocation } : {}),
    ...(input.active !== before.enabled ? { enabled: input.active } : {}),
  };
  if (Object.keys(changes).length) await asScimConflict(() => updateUser(ctx, { scope, userId, changes }));
  const changed = profileChanges(before, input);
  await writeScimAttributes(ctx, scope, userId, input);
  if (changed.length) {
    await recordAudit(ctx.tx, ctx.actor, {
      tenantId: scope.tenantId,
      action: 'user.provisioned',
      targetType: 'user',
      targetId: userId,
      summary: `Provisioning updated ${input.userName} (${changed.join(', ')})`,
      detail: { changed },
    });
  }
}
