import { sql } from 'kysely';
import { conflict, invalid, notFound } from '../../domain/problems.js';
import { domainProblem } from '../../domain/directory/names.js';
import { newSecret } from '../../identity/secrets.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';

/** The DNS TXT record that proves a tenant owns a domain. */
export const verificationRecord = (domain: string, token: string) => ({ type: 'TXT' as const, name: `_licensehub-verification.${domain}`, value: `licensehub-verification=${token}` });

/** A tenant claims a domain for sign-in with its identity provider; one domain belongs to one tenant. */
export async function addTenantDomain(ctx: CommandContext, props: { scope: TenantScope; domain: string }) {
  const domain = props.domain.trim().toLowerCase();
  const problem = domainProblem(domain);
  if (problem) throw invalid('domain', problem);
  const primary = await ctx.tx.selectFrom('tenants').select('id').where(sql`lower(primary_domain)`, '=', domain).executeTakeFirst();
  const held = await ctx.tx.selectFrom('tenant_domains').select('tenant_id').where('domain', '=', domain).executeTakeFirst();
  if ((primary && primary.id !== props.scope.tenantId) || (held && held.tenant_id !== props.scope.tenantId)) {
    throw conflict(`${domain} belongs to another organization`, { errors: [{ field: 'domain', message: 'belongs to another organization' }] });
  }
  if (primary || held) throw conflict(`${domain} is already a domain of this organization`, { errors: [{ field: 'domain', message: 'is already added' }] });
  const token = newSecret(18);
  await ctx.tx.insertInto('tenant_domains').values({ domain, tenant_id: props.scope.tenantId, verification_token: token }).execute();
  await recordAudit(ctx.tx, ctx.actor, { tenantId: props.scope.tenantId, action: 'domain.added', targetType: 'domain', targetId: domain, summary: `Added domain ${domain} (not verified yet)` });
  return { domain, verified: false, verificationRecord: verificationRecord(domain, token) };
}

/** Marks a domain verified: after its TXT record was found, or by the platform operator. */
export async function markDomainVerified(ctx: CommandContext, props: { domain: string; tenantId?: string; by: string }) {
  let q = ctx.tx.updateTable('tenant_domains').set({ verified_at: ctx.now, verified_by: props.by }).where('domain', '=', props.domain.toLowerCase());
  if (props.tenantId) q = q.where('tenant_id', '=', props.tenantId);
  const row = await q.returning(['tenant_id']).executeTakeFirst();
  if (!row) throw notFound(`Domain ${props.domain}`);
  await recordAudit(ctx.tx, ctx.actor, { tenantId: row.tenant_id, action: 'domain.verified', targetType: 'domain', targetId: props.domain, summary: `Verified domain ${props.domain} (${props.by})` });
}

/**
 * Removes a domain the tenant added (verified or not). The primary domain
 * stays, and a domain an identity provider signs people in with must be
 * taken off that provider first.
 */
export async function removeTenantDomain(ctx: CommandContext, props: { scope: TenantScope; domain: string }) {
  const domain = props.domain.trim().toLowerCase();
  const primary = await ctx.tx.selectFrom('tenants').select('id').where('id', '=', props.scope.tenantId).where(sql`lower(primary_domain)`, '=', domain).executeTakeFirst();
  if (primary) throw conflict(`${domain} is the organization's primary domain; it cannot be removed`);
  const usedBy = await ctx.tx
    .selectFrom('identity_providers')
    .select('display_name')
    .where('tenant_id', '=', props.scope.tenantId)
    .where(sql<boolean>`${domain} = any(domains)`)
    .executeTakeFirst();
  if (usedBy) throw conflict(`${usedBy.display_name} signs people in with ${domain}; take the domain off that identity provider first`);
  const removed = await ctx.tx.deleteFrom('tenant_domains').where('tenant_id', '=', props.scope.tenantId).where('domain', '=', domain).returning('verified_at').executeTakeFirst();
  if (!removed) throw notFound(`Domain ${domain}`);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'domain.removed',
    targetType: 'domain',
    targetId: domain,
    summary: `Removed domain ${domain}${removed.verified_at ? ' (it was verified)' : ''}`,
  });
}
