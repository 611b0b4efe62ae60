import { resolveTxt } from 'node:dns/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createIdentityProvider, deleteIdentityProvider, updateIdentityProvider, type ProviderFields } from '../../../commands/identity/identityProviders.js';
import { addTenantDomain, markDomainVerified, removeTenantDomain, verificationRecord } from '../../../commands/identity/tenantDomains.js';
import { DomainError, notFound } from '../../../domain/problems.js';
import { discover } from '../../../identity/oidc/oidcClient.js';
import { runCommand } from '../../common/runCommand.js';
import { displayName, guid, isoDate, problems, tenantParams } from '../../common/schemas.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { startSsoUrl } from '../../auth/ssoRoutes.js';

const SECRET_PURPOSE = 'identity provider client secret';
const domainName = z.string().trim().toLowerCase().regex(/^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, 'must be a DNS name such as contoso.com');
const role = z.enum(['global_admin', 'billing_admin', 'license_admin', 'user_admin']);
const groupMapping = z.object({ claimValue: z.string().min(1).max(256), groupId: guid('group ID').optional(), role: role.optional() }).strict()
  .refine((m) => m.groupId || m.role, { message: 'map the claim value to a groupId, a role or both' });
const claimMappings = z.object({ userPrincipalName: z.string().max(100).optional(), displayName: z.string().max(100).optional(), country: z.string().max(100).optional(), groups: z.string().max(100).optional() }).strict();
const httpsUrl = z.string().url('must be a URL such as https://login.microsoftonline.com/<tenant>/v2.0').max(500).refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL');

const providerFields = {
  displayName: displayName(100),
  issuer: httpsUrl,
  clientId: z.string().trim().min(1, 'must not be empty').max(256),
  clientSecret: z.string().min(1, 'must not be empty').max(1024),
  domains: z.array(domainName).max(50),
  jit: z.boolean(),
  passwordsAllowed: z.boolean(),
  claimMappings: claimMappings,
  groupMappings: z.array(groupMapping).max(200),
};
const providerBody = z
  .object({
    type: z.literal('oidc'),
    ...providerFields,
    domains: providerFields.domains.default([]),
    jit: providerFields.jit.default(false),
    passwordsAllowed: providerFields.passwordsAllowed.default(true),
    claimMappings: claimMappings.default({}),
    groupMappings: providerFields.groupMappings.default([]),
  })
  .strict();
/** A change names only what changes: no defaults. */
const providerPatch = z.object(providerFields).partial().strict();

const provider = z.object({
  id: z.string().meta({ format: 'uuid' }),
  type: z.literal('oidc'),
  displayName: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  clientSecretSet: z.boolean(),
  domains: z.array(z.string()),
  jit: z.boolean(),
  passwordsAllowed: z.boolean(),
  claimMappings: claimMappings,
  groupMappings: z.array(z.object({ claimValue: z.string(), groupId: z.string().optional(), role: z.string().optional() })),
  status: z.object({ lastTestAt: isoDate.nullable(), lastTestOutcome: z.string().nullable() }),
  createdAt: isoDate,
});

const domain = z.object({
  domain: z.string(),
  verified: z.boolean(),
  primary: z.boolean(),
  verificationRecord: z.object({ type: z.literal('TXT'), name: z.string(), value: z.string() }).nullable(),
});

/**
 * Admin Center → Identity → Sign-in: the tenant's OpenID Connect providers
 * (the client secret is sealed at rest and never returned), their test
 * sign-in, and the tenant's domains with the DNS TXT record that verifies them.
 */
export const identityProviderRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/identity-providers';
  type Row = Awaited<ReturnType<typeof rows>>[number];
  const rows = (tenantId: string) => app.db.selectFrom('identity_providers').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at').execute();
  const present = (r: Row) => ({
    id: r.id,
    type: r.type,
    displayName: r.display_name,
    issuer: r.issuer,
    clientId: r.client_id,
    clientSecretSet: Boolean(r.client_secret_sealed),
    domains: r.domains,
    jit: r.jit,
    passwordsAllowed: r.passwords_allowed,
    claimMappings: r.claim_mappings,
    groupMappings: r.group_mappings,
    status: { lastTestAt: r.last_test_at?.toISOString() ?? null, lastTestOutcome: r.last_test_outcome },
    createdAt: r.created_at.toISOString(),
  });
  const findProvider = async (tenantId: string, id: string) => {
    const row = (await rows(tenantId)).find((r) => r.id === id);
    if (!row) throw notFound(`Identity provider ${id}`);
    return row;
  };

  app.get(base, { schema: { operationId: 'listIdentityProviders', tags: ['identity'], summary: "The tenant's identity providers with their status", params: tenantParams, response: { 200: z.object({ items: z.array(provider) }), ...problems(401, 403, 404) } }, config: { access: 'identity.read' } }, async (request) => ({
    items: (await rows(scopeOf(request).tenantId)).map(present),
  }));

  app.get(`${base}/:providerId`, { schema: { operationId: 'getIdentityProvider', tags: ['identity'], summary: 'One identity provider', params: tenantParams.extend({ providerId: guid('identity provider ID') }), response: { 200: provider, ...problems(401, 403, 404) } }, config: { access: 'identity.read' } }, async (request) =>
    present(await findProvider(scopeOf(request).tenantId, request.params.providerId)),
  );

  app.post(
    base,
    {
      schema: { operationId: 'createIdentityProvider',
        tags: ['identity'],
        summary: "Add an OpenID Connect provider; its discovery document is fetched from the issuer's /.well-known/openid-configuration",
        params: tenantParams,
        body: providerBody,
        response: { 201: provider, ...problems(400, 401, 403, 404, 409, 422) },
      },
      config: { access: 'identity.manage' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const body = request.body;
      const discovery = await discover(body.issuer);
      const fields: ProviderFields = {
        displayName: body.displayName,
        issuer: discovery.issuer,
        clientId: body.clientId,
        clientSecretSealed: app.secretBox.seal(body.clientSecret, SECRET_PURPOSE),
        domains: [...new Set(body.domains)],
        jit: body.jit,
        passwordsAllowed: body.passwordsAllowed,
        claimMappings: body.claimMappings,
        groupMappings: body.groupMappings,
        discovery,
      };
      const id = await runCommand(app, request, (ctx) => createIdentityProvider(ctx, { scope, fields }));
      reply.code(201);
      return present(await findProvider(scope.tenantId, id));
    },
  );

  app.patch(
    `${base}/:providerId`,
    {
      schema: { operationId: 'updateIdentityProvider',
        tags: ['identity'],
        summary: 'Change an identity provider (a new issuer is discovered again; send clientSecret only to replace it)',
        params: tenantParams.extend({ providerId: guid('identity provider ID') }),
        body: providerPatch,
        response: { 200: provider, ...problems(400, 401, 403, 404, 409, 422) },
      },
      config: { access: 'identity.manage' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { clientSecret, issuer, ...rest } = request.body;
      await findProvider(scope.tenantId, request.params.providerId);
      const discovery = issuer ? await discover(issuer) : undefined;
      const fields: Partial<ProviderFields> = Object.fromEntries(Object.entries({
        ...rest,
        ...(discovery ? { issuer: discovery.issuer, discovery } : {}),
        ...(clientSecret ? { clientSecretSealed: app.secretBox.seal(clientSecret, SECRET_PURPOSE) } : {}),
      }).filter(([, v]) => v !== undefined));
      await runCommand(app, request, (ctx) => updateIdentityProvider(ctx, { scope, providerId: request.params.providerId, fields }));
      return present(await findProvider(scope.tenantId, request.params.providerId));
    },
  );

  app.delete(
    `${base}/:providerId`,
    { schema: { operationId: 'deleteIdentityProvider', tags: ['identity'], summary: 'Remove an identity provider', params: tenantParams.extend({ providerId: guid('identity provider ID') }), response: { 204: z.null(), ...problems(401, 403, 404) } }, config: { access: 'identity.manage' } },
    async (request, reply) => {
      await runCommand(app, request, (ctx) => deleteIdentityProvider(ctx, { scope: scopeOf(request), providerId: request.params.providerId }));
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/:providerId/test`,
    {
      schema: { operationId: 'testIdentityProvider',
        tags: ['identity'],
        summary: "Test sign-in: checks the issuer's discovery and answers the address to open; signing in there validates the whole flow and records the outcome as the provider's status, without opening a session",
        params: tenantParams.extend({ providerId: guid('identity provider ID') }),
        response: { 200: z.object({ signInUrl: z.string() }), ...problems(401, 403, 404, 422) },
      },
      config: { access: 'identity.manage' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const row = await findProvider(scope.tenantId, request.params.providerId);
      await discover(row.issuer);
      return { signInUrl: await startSsoUrl(app, row, { returnTo: '/admin/identity', loginHint: null, test: true }) };
    },
  );

  // Domains.
  const domainsOf = async (tenantId: string) => {
    const tenant = await app.db.selectFrom('tenants').select('primary_domain').where('id', '=', tenantId).executeTakeFirstOrThrow();
    const claimed = await app.db.selectFrom('tenant_domains').selectAll().where('tenant_id', '=', tenantId).orderBy('domain').execute();
    return [
      { domain: tenant.primary_domain.toLowerCase(), verified: true, primary: true, verificationRecord: null },
      ...claimed.map((d) => ({ domain: d.domain, verified: d.verified_at !== null, primary: false, verificationRecord: d.verified_at ? null : verificationRecord(d.domain, d.verification_token) })),
    ];
  };

  app.get('/api/v1/tenants/:tenantId/domains', { schema: { operationId: 'listDomains', tags: ['identity'], summary: "The tenant's domains and how to verify each", params: tenantParams, response: { 200: z.object({ items: z.array(domain) }), ...problems(401, 403, 404) } }, config: { access: 'identity.read' } }, async (request) => ({
    items: await domainsOf(scopeOf(request).tenantId),
  }));

  app.post(
    '/api/v1/tenants/:tenantId/domains',
    { schema: { operationId: 'addDomain', tags: ['identity'], summary: 'Add a domain; publish its TXT record, then verify it', params: tenantParams, body: z.object({ domain: domainName }).strict(), response: { 201: domain, ...problems(400, 401, 403, 404, 409) } }, config: { access: 'identity.manage' } },
    async (request, reply) => {
      const added = await runCommand(app, request, (ctx) => addTenantDomain(ctx, { scope: scopeOf(request), domain: request.body.domain }));
      reply.code(201);
      return { ...added, primary: false };
    },
  );

  app.post(
    '/api/v1/tenants/:tenantId/domains/:domain/verify',
    { schema: { operationId: 'verifyDomain', tags: ['identity'], summary: "Verify a domain by its DNS TXT record", params: tenantParams.extend({ domain: domainName }), response: { 200: domain, ...problems(401, 403, 404, 422) } }, config: { access: 'identity.manage' } },
    async (request) => {
      const scope = scopeOf(request);
      const row = await app.db.selectFrom('tenant_domains').selectAll().where('tenant_id', '=', scope.tenantId).where('domain', '=', request.params.domain).executeTakeFirst();
      if (!row) throw notFound(`Domain ${request.params.domain}`);
      const record = verificationRecord(row.domain, row.verification_token);
      const found = await resolveTxt(record.name).then((r) => r.map((parts) => parts.join('')), () => [] as string[]);
      if (!found.includes(record.value)) {
        throw new DomainError(422, 'Domain not verified', `No TXT record ${record.name} with the value ${record.value} was found; publish it at your DNS host and try again (it can take a while to appear)`);
      }
      await runCommand(app, request, (ctx) => markDomainVerified(ctx, { domain: row.domain, tenantId: scope.tenantId, by: 'DNS TXT record' }));
      return (await domainsOf(scope.tenantId)).find((d) => d.domain === row.domain)!;
    },
  );

  app.delete(
    '/api/v1/tenants/:tenantId/domains/:domain',
    {
      schema: {
        operationId: 'removeDomain',
        tags: ['identity'],
        summary: 'Remove a domain the organization added (not the primary domain, nor one an identity provider signs in with)',
        params: tenantParams.extend({ domain: domainName }),
        response: { 204: z.null(), ...problems(401, 403, 404, 409) },
      },
      config: { access: 'identity.manage' },
    },
    async (request, reply) => {
      await runCommand(app, request, (ctx) => removeTenantDomain(ctx, { scope: scopeOf(request), domain: request.params.domain }));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/operator/domains/:domain/verify',
    { schema: { operationId: 'markDomainVerified', tags: ['operator'], summary: "Mark a tenant's domain verified (the operator vouches for it)", params: z.object({ domain: domainName }), response: { 204: z.null(), ...problems(401, 403, 404) } }, config: { access: 'operator.tenants.write' } },
    async (request, reply) => {
      const actor = actorOf(request);
      await runCommand(app, request, (ctx) => markDomainVerified(ctx, { domain: request.params.domain, by: `operator ${actor.displayName}` }));
      return reply.code(204).send(null);
    },
  );
};
