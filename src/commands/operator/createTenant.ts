import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { conflict } from '../../domain/problems.js';
import { grantTenantScope } from '../../policies/tenantScope.js';
import { recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import { recordAudit } from '../../store/audit.js';
import { operatorTenantQueries, type TenantRecord } from '../../store/directory/tenants.js';
import type { TenantKind } from '../../domain/tenants/tenantKinds.js';
import type { CommandContext } from '../context.js';
import { createUser } from '../directory/createUser.js';
import { ensureDefaultEnvironment } from '../environments/ensureDefaultEnvironment.js';

export interface CreateTenantProps {
  id?: string | undefined;
  displayName: string;
  primaryDomain: string;
  country: string;
  kind?: TenantKind | undefined;
  isPublisher?: boolean | undefined;
  partnerId?: string | null | undefined;
  /** The first Global admin: a tenant is never created without someone able to manage it. */
  admin: { userPrincipalName: string; displayName: string; password?: string | undefined; passwordHash?: string | undefined };
}

export async function createTenant(ctx: CommandContext, props: CreateTenantProps): Promise<TenantRecord> {
  const domain = props.primaryDomain.toLowerCase();
  const taken = await ctx.tx.selectFrom('tenants').select('id').where(sql`lower(primary_domain)`, '=', domain).executeTakeFirst();
  if (taken) {
    throw conflict(`The domain ${domain} already belongs to another tenant`, {
      errors: [{ field: 'primaryDomain', message: 'is already used by another tenant' }],
    });
  }
  if (props.partnerId) {
    const partnerTaken = await ctx.tx.selectFrom('tenants').select('id').where('partner_id', '=', props.partnerId).executeTakeFirst();
    if (partnerTaken) {
      throw conflict(`Partner ID ${props.partnerId} already belongs to another tenant`, {
        errors: [{ field: 'partnerId', message: 'is already used by another tenant' }],
      });
    }
  }
  const id = props.id ?? randomUUID();
  await ctx.tx
    .insertInto('tenants')
    .values({
      id,
      display_name: props.displayName,
      primary_domain: domain,
      country: props.country,
      kind: props.kind ?? 'customer',
      is_publisher: props.isPublisher ?? false,
      partner_id: props.partnerId ?? null,
    })
    .execute();
  // The operator creating a tenant acts on the new tenant's behalf for its first admin.
  const scope = grantTenantScope(id);
  await createUser(ctx, {
    scope,
    userPrincipalName: props.admin.userPrincipalName,
    displayName: props.admin.displayName,
    password: props.admin.password,
    passwordField: 'admin.password',
    passwordHash: props.admin.passwordHash,
    roles: props.kind === 'operator' ? ['global_admin', 'operator'] : ['global_admin'],
  });
  // Apps are installed into environments: every tenant has its default one from the start.
  await ensureDefaultEnvironment(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: id,
    action: 'tenant.created',
    targetType: 'tenant',
    targetId: id,
    summary: `Created tenant ${props.displayName} (${domain})`,
  });
  await recordEntitlementChange(ctx, { kind: 'tenant', tenantId: id });
  return (await operatorTenantQueries.find(ctx.tx, id))!;
}
