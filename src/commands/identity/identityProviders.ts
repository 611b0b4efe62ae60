import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { conflict, invalid, notFound } from '../../domain/problems.js';
import type { ClaimMappings, GroupMapping } from '../../domain/identity/ssoClaims.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { OidcDiscovery } from '../../store/schema.js';
import type { CommandContext } from '../context.js';

/**
 * A tenant's OpenID Connect providers. The discovery document is fetched by
 * the edge before the transaction (no network inside it) and handed in; the
 * client secret arrives sealed. A provider's domains must be the tenant's
 * primary domain or domains it has verified, and one domain signs in through
 * one provider.
 */
export interface ProviderFields {
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecretSealed: string;
  domains: string[];
  jit: boolean;
  passwordsAllowed: boolean;
  claimMappings: ClaimMappings;
  groupMappings: GroupMapping[];
  discovery: OidcDiscovery;
}

async function assertDomains(ctx: CommandContext, scope: TenantScope, domains: string[], exceptProviderId?: string) {
  const tenant = await ctx.tx.selectFrom('tenants').select('primary_domain').where('id', '=', scope.tenantId).executeTakeFirstOrThrow();
  const verified = new Set(
    (await ctx.tx.selectFrom('tenant_domains').select('domain').where('tenant_id', '=', scope.tenantId).where('verified_at', 'is not', null).execute()).map((r) => r.domain),
  );
  verified.add(tenant.primary_domain.toLowerCase());
  const unverified = domains.filter((d) => !verified.has(d));
  if (unverified.length) throw invalid('domains', `${unverified.join(', ')} ${unverified.length === 1 ? 'is' : 'are'} not verified for this tenant; add the domain and its DNS TXT record first`);
  let q = ctx.tx.selectFrom('identity_providers').select(['display_name', 'domains']).where('tenant_id', '=', scope.tenantId).where(sql<boolean>`domains && ${sql.val(domains)}::text[]`);
  if (exceptProviderId) q = q.where('id', '<>', exceptProviderId);
  const taken = await q.executeTakeFirst();
  if (taken) throw conflict(`Another identity provider (${taken.display_name}) already signs in ${taken.domains.filter((d) => domains.includes(d)).join(', ')}`, { errors: [{ field: 'domains', message: 'is already used by another provider' }] });
}

async function assertGroups(ctx: CommandContext, scope: TenantScope, mappings: GroupMapping[]) {
  const ids = [...new Set(mappings.flatMap((m) => (m.groupId ? [m.groupId] : [])))];
  if (!ids.length) return;
  const found = new Set((await ctx.tx.selectFrom('groups').select('id').where('tenant_id', '=', scope.tenantId).where('id', 'in', ids).execute()).map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw invalid('groupMappings', `no group ${missing.join(', ')} in this tenant`);
}

export async function createIdentityProvider(ctx: CommandContext, props: { scope: TenantScope; fields: ProviderFields }): Promise<string> {
  const { scope, fields } = props;
  await assertDomains(ctx, scope, fields.domains);
  await assertGroups(ctx, scope, fields.groupMappings);
  const id = randomUUID();
  await ctx.tx
    .insertInto('identity_providers')
    .values({
      id,
      tenant_id: scope.tenantId,
      type: 'oidc',
      display_name: fields.displayName,
      issuer: fields.issuer,
      client_id: fields.clientId,
      client_secret_sealed: fields.clientSecretSealed,
      domains: fields.domains,
      jit: fields.jit,
      passwords_allowed: fields.passwordsAllowed,
      claim_mappings: JSON.stringify(fields.claimMappings),
      group_mappings: JSON.stringify(fields.groupMappings),
      discovery: JSON.stringify(fields.discovery),
    })
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: scope.tenantId,
    action: 'identity_provider.created',
    targetType: 'identity_provider',
    targetId: id,
    summary: `Added identity provider ${fields.displayName} (${fields.issuer}) for ${fields.domains.join(', ') || 'no domain'}`,
    detail: { jit: fields.jit, passwordsAllowed: fields.passwordsAllowed },
  });
  return id;
}

export async function updateIdentityProvider(ctx: CommandContext, props: { scope: TenantScope; providerId: string; fields: Partial<ProviderFields> }) {
  const { scope, fields } = props;
  const before = await ctx.tx.selectFrom('identity_providers').select(['display_name']).where('tenant_id', '=', scope.tenantId).where('id', '=', props.providerId).executeTakeFirst();
  if (!before) throw notFound(`Identity provider ${props.providerId}`);
  if (fields.domains) await assertDomains(ctx, scope, fields.domains, props.providerId);
  if (fields.groupMappings) await assertGroups(ctx, scope, fields.groupMappings);
  await ctx.tx
    .updateTable('identity_providers')
    .set({
      ...(fields.displayName !== undefined ? { display_name: fields.displayName } : {}),
      ...(fields.issuer !== undefined ? { issuer: fields.issuer } : {}),
      ...(fields.clientId !== undefined ? { client_id: fields.clientId } : {}),
      ...(fields.clientSecretSealed !== undefined ? { client_secret_sealed: fields.clientSecretSealed } : {}),
      ...(fields.domains !== undefined ? { domains: fields.domains } : {}),
      ...(fields.jit !== undefined ? { jit: fields.jit } : {}),
      ...(fields.passwordsAllowed !== undefined ? { passwords_allowed: fields.passwordsAllowed } : {}),
      ...(fields.claimMappings !== undefined ? { claim_mappings: JSON.stringify(fields.claimMappings) } : {}),
      ...(fields.groupMappings !== undefined ? { group_mappings: JSON.stringify(fields.groupMappings) } : {}),
      ...(fields.discovery !== undefined ? { discovery: JSON.stringify(fields.discovery) } : {}),
      updated_at: ctx.now,
    })
    .where('tenant_id', '=', scope.tenantId)
    .where('id', '=', props.providerId)
    .execute();
  const changed = Object.keys(fields).map((k) => (k === 'clientSecretSealed' ? 'clientSecret' : k)).filter((k) => k !== 'discovery');
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: scope.tenantId,
    action: 'identity_provider.updated',
    targetType: 'identity_provider',
    targetId: props.providerId,
    summary: `Updated identity provider ${fields.displayName ?? before.display_name} (${changed.join(', ')})`,
    detail: { changed },
  });
}

export async function deleteIdentityProvider(ctx: CommandContext, props: { scope: TenantScope; providerId: string }) {
  const row = await ctx.tx.deleteFrom('identity_providers').where('tenant_id', '=', props.scope.tenantId).where('id', '=', props.providerId).returning(['display_name']).executeTakeFirst();
  if (!row) throw notFound(`Identity provider ${props.providerId}`);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'identity_provider.deleted',
    targetType: 'identity_provider',
    targetId: props.providerId,
    summary: `Removed identity provider ${row.display_name}`,
  });
}

/** The outcome of a test sign-in or a discovery check, shown as the provider's status. */
export async function recordProviderTest(ctx: CommandContext, props: { providerId: string; tenantId: string; outcome: string }) {
  await ctx.tx.updateTable('identity_providers').set({ last_test_at: ctx.now, last_test_outcome: props.outcome.slice(0, 500) }).where('id', '=', props.providerId).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.tenantId,
    action: 'identity_provider.tested',
    targetType: 'identity_provider',
    targetId: props.providerId,
    summary: `Test sign-in: ${props.outcome}`,
  });
}
