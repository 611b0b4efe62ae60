import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { submitLead } from '../../commands/leads/submitLead.js';
import { installFromListing } from '../../commands/marketplace/installFromListing.js';
import { listingButtons } from '../../domain/marketplace/buttons.js';
import { validateLeadForm } from '../../domain/marketplace/leadForm.js';
import { offerSlug, parseOfferSlug } from '../../domain/marketplace/slug.js';
import { DomainError, invalidFields, notFound } from '../../domain/problems.js';
import type { Actor } from '../../policies/actor.js';
import { authorize } from '../../policies/authorize.js';
import { POLICIES } from '../../policies/index.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import {
  describeVisitor,
  findListedLogo,
  findListedOffer,
  listInstallAdmins,
  listInstallTargets,
  listListedOffers,
  tenantHoldsLicense,
  type ListedOffer,
} from '../../store/marketplace/catalog.js';
import { fileBody, problems } from '../common/schemas.js';
import { runCommand } from '../common/runCommand.js';
import { actorOf, scopeOf } from '../plugins/authentication.js';
import {
  badgeOf,
  installBody,
  installedSchema,
  installTargetsSchema,
  leadBody,
  leadCreated,
  listingSchema,
  listQuery,
  listResponse,
  logoUrlOf,
  presentCard,
  slugParams,
} from './schema.js';
import { sendScreenshot } from '../partner/offerListing/sendScreenshot.js';
import { findListedScreenshot } from '../../store/partner/screenshots.js';
import { guid } from '../common/schemas.js';
import { searchTerms, storefront } from './search.js';

/** Who may install apps: the Admin Center's rule for installing, applied to the visitor. */
const mayInstall = (actor: Actor) => POLICIES['marketplace.install'].rule(actor) && (!actor.scopes || actor.scopes.has(POLICIES['marketplace.install'].scope));

interface Visitor {
  actor: Actor | null;
  /** The visitor's own tenant, as authorize() grants it to any member. */
  scope: TenantScope | null;
  signedIn: boolean;
  tenantHoldsLicense: boolean;
  isTenantAdmin: boolean;
}

/**
 * The marketplace (AppSource's role): public storefront and listing pages,
 * Contact me, and Get it now for signed-in visitors. Only published offers
 * exist here: drafts, stop-sold and unknown listings all answer 404.
 */
export const marketplaceRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/marketplace/offers';
  const tags = ['marketplace'];

  const listingOrThrow = async (slug: string): Promise<ListedOffer> => {
    const parts = parseOfferSlug(slug);
    const offer = parts ? await findListedOffer(app.db, parts.publisherId, parts.offerKey) : null;
    if (!offer) throw notFound(`Marketplace offer ${slug.slice(0, 100)}`);
    return offer;
  };

  const visitorOf = async (request: FastifyRequest, offer: ListedOffer): Promise<Visitor> => {
    const actor = request.actor;
    if (!actor) return { actor: null, scope: null, signedIn: false, tenantHoldsLicense: false, isTenantAdmin: false };
    let scope: TenantScope | null = null;
    try {
      scope = authorize(actor, 'tenant.read', { tenantId: actor.tenantId });
    } catch (error) {
      // An API token without directory.read sees the marketplace as a visitor who is not signed in.
      if (!(error instanceof DomainError)) throw error;
      return { actor: null, scope: null, signedIn: false, tenantHoldsLicense: false, isTenantAdmin: false };
    }
    return { actor, scope, signedIn: true, tenantHoldsLicense: await tenantHoldsLicense(app.db, scope!, offer.id), isTenantAdmin: mayInstall(actor) };
  };

  app.get(
    base,
    {
      schema: {
        tags,
        operationId: 'searchMarketplace',
        summary: 'Search the marketplace: published offers, with category and publisher facets',
        description:
          'Only published offers are listed (never drafts or stop-sold ones). Every search word must appear in the name, summary, description, publisher or a category name. ' +
          'sort=relevance ranks by where the words appear (by name without words); facet counts follow the other filter.',
        querystring: listQuery,
        response: { 200: listResponse, ...problems(400) },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { search, category, publisher, sort, page, pageSize } = request.query;
      const terms = searchTerms(search);
      const offers = await listListedOffers(app.db, terms);
      const result = storefront(offers, { terms, category, publisher, sort, page, pageSize });
      reply.header('cache-control', 'no-cache');
      return { items: result.items.map(presentCard), total: result.total, page, pageSize, facets: result.facets };
    },
  );

  app.get(
    `${base}/:slug`,
    {
      schema: {
        tags,
        operationId: 'getListing',
        summary: "A listing: description, plans, links, and the buttons this visitor gets, with the reasons",
        description:
          'Public; a signed-in visitor (session cookie) gets the buttons their organization calls for. Get it now: always without license management or when the publisher allows installing without licenses; ' +
          'otherwise only for a visitor whose organization holds a license of the offer (active or in grace). Contact me: always. Unknown, draft and stop-sold offers answer 404.',
        params: slugParams,
        response: { 200: listingSchema, ...problems(404) },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const offer = await listingOrThrow(request.params.slug);
      const visitor = await visitorOf(request, offer);
      const buttons = listingButtons(offer, visitor);
      const who = visitor.actor && visitor.scope ? await describeVisitor(app.db, visitor.scope, visitor.actor.userId) : null;
      reply.header('cache-control', 'private, no-cache').header('vary', 'Cookie');
      return {
        id: offer.id,
        slug: offerSlug(offer),
        name: offer.name,
        summary: offer.summary,
        description: offer.description,
        categories: offer.categories,
        logoUrl: logoUrlOf(offer),
        publisher: { publisherId: offer.publisherId, name: offer.publisherName },
        supportUrl: offer.supportUrl,
        privacyUrl: offer.privacyUrl,
        pricingText: offer.pricingText,
        badge: badgeOf(offer),
        screenshots: offer.screenshots.map((s) => ({
          id: s.id,
          altText: s.altText,
          width: s.width,
          height: s.height,
          url: `${base}/${offerSlug(offer)}/screenshots/${s.id}?v=${offer.updatedAt.getTime()}`,
        })),
        plans: offer.plans.map((p) => ({ id: p.id, planKey: p.planKey, name: p.name, description: p.description, trialDays: p.trialDays })),
        preview: false,
        licenseManagement: offer.licenseManagement,
        allowInstallWithoutLicense: offer.allowInstallWithoutLicense,
        version: offer.publishedVersion,
        buttons,
        visitor: {
          signedIn: visitor.signedIn,
          ...(who ? { displayName: who.displayName, email: who.email, tenantId: who.tenantId, tenantName: who.tenantName, country: who.country } : {}),
          isTenantAdmin: visitor.isTenantAdmin,
          tenantHoldsLicense: visitor.tenantHoldsLicense,
        },
      };
    },
  );

  app.get(
    `${base}/:slug/logo`,
    {
      schema: {
        tags,
        operationId: 'getListingLogo',
        summary: "A published offer's logo (public, cacheable, with an ETag)",
        params: slugParams,
        'x-file-response': fileBody(['image/png', 'image/jpeg'], 'The logo image'),
        response: { 200: z.any().describe('The PNG or JPEG image'), 304: z.null(), ...problems(404) },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const parts = parseOfferSlug(request.params.slug);
      const logo = parts ? await findListedLogo(app.db, parts.publisherId, parts.offerKey) : null;
      if (!logo) throw notFound(`The logo of marketplace offer ${request.params.slug.slice(0, 100)}`);
      reply
        .header('etag', logo.etag)
        .header('cache-control', 'public, max-age=300')
        .header('last-modified', logo.updatedAt.toUTCString())
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox");
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === logo.etag)) return (reply as FastifyReply).code(304).send(); // no body at all, not "null"
      return reply.header('content-type', logo.contentType).send(logo.bytes);
    },
  );

  app.get(
    `${base}/:slug/screenshots/:screenshotId`,
    {
      schema: {
        tags,
        operationId: 'getListingScreenshot',
        summary: "One of a published offer's screenshots (public, cacheable)",
        params: slugParams.extend({ screenshotId: guid('screenshot ID') }),
        'x-file-response': fileBody(['image/png', 'image/jpeg'], 'The screenshot'),
        response: { 200: z.any().describe('The PNG or JPEG image'), ...problems(400, 404) },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const parts = parseOfferSlug(request.params.slug);
      const image = parts ? await findListedScreenshot(app.db, parts.publisherId, parts.offerKey, request.params.screenshotId) : null;
      if (!image) throw notFound(`Screenshot ${request.params.screenshotId} of marketplace offer ${request.params.slug.slice(0, 100)}`);
      return sendScreenshot(reply, image, 'public, max-age=300');
    },
  );

  app.post(
    `${base}/:slug/leads`,
    {
      schema: {
        tags,
        operationId: 'submitLead',
        summary: 'Contact me: send the publisher a lead',
        description:
          'Public; a signed-in visitor sends the CSRF header like any write. name and company at most 200 characters, message at most 2000, a valid email, an ISO 3166-1 alpha-2 country, an optional phone, and consent: true. ' +
          'Text is stored exactly as typed and always shown as text. One visitor (client address or signed-in user) may send 5 leads in 10 minutes; more answer 429 with Retry-After. ' +
          'The lead is in the publisher\'s Partner Center inbox as soon as this answers, and goes to their webhook endpoints for lead.created too when they have any.',
        params: slugParams,
        body: leadBody,
        response: { 201: leadCreated, ...problems(400, 403, 404, 409, 429) },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const offer = await listingOrThrow(request.params.slug);
      const visitor = await visitorOf(request, offer);
      if (!listingButtons(offer, visitor).contactMe.shown) throw new DomainError(409, 'Contact me not available', `${offer.name} does not take leads`);
      const form = validateLeadForm(request.body);
      if (!form.ok) throw invalidFields(form.problems);
      const visitorKey = createHash('sha256').update(`lead-visitor:${request.ip}`).digest('hex');
      try {
        const lead = await runCommand(app, request, (ctx) =>
          submitLead(ctx, { offer, form: form.lead, visitor: visitor.actor ? { userId: visitor.actor.userId, tenantId: visitor.actor.tenantId } : null, visitorKey }),
        );
        if (lead.webhook) app.jobs.kick('webhook-dispatch');
        reply.code(201);
        return { id: lead.id, receivedAt: lead.receivedAt.toISOString() };
      } catch (error) {
        if (error instanceof DomainError && error.status === 429) reply.header('retry-after', String(error.extra.retryAfterSeconds ?? 60));
        throw error;
      }
    },
  );

  const installAnswer = async (visitor: Visitor, offer: ListedOffer) => {
    const buttons = listingButtons(offer, visitor);
    if (!buttons.getItNow.shown) return { canInstall: false, reason: buttons.getItNow.reason, environments: [], admins: [] };
    if (!visitor.isTenantAdmin) {
      const admins = visitor.scope ? await listInstallAdmins(app.db, visitor.scope) : [];
      const names = admins.map((a) => `${a.displayName} (${a.email})`);
      return {
        canInstall: false,
        reason: names.length
          ? `Ask an administrator of your organization to install ${offer.name}: ${names.join(', ')}.`
          : `Ask an administrator of your organization to install ${offer.name}.`,
        environments: [],
        admins,
      };
    }
    // Reading only: every tenant has its default environment from its creation.
    const environments = await listInstallTargets(app.db, visitor.scope!, offer.id);
    const free = environments.filter((e) => e.installedVersion === null);
    return {
      canInstall: free.length > 0,
      reason: free.length ? `Choose an environment of your organization to install ${offer.name} in.` : `${offer.name} is already installed in every environment of your organization.`,
      environments,
      admins: [],
    };
  };

  app.get(
    `${base}/:slug/install-targets`,
    {
      schema: {
        tags,
        operationId: 'listInstallTargets',
        summary: "Get it now: where the visitor's organization can install the app",
        description:
          'Signed in. canInstall is false with the reason when Get it now is not shown to this visitor, when they may not install apps (the reason names the administrators to ask), or when every environment already has the app.',
        params: slugParams,
        response: { 200: installTargetsSchema, ...problems(401, 403, 404) },
      },
      config: { access: 'marketplace.installTargets' },
    },
    async (request) => {
      const offer = await listingOrThrow(request.params.slug);
      const visitor = await visitorOf(request, offer);
      if (!visitor.signedIn) return { canInstall: false, reason: 'Sign in from the browser to install apps from the marketplace.', environments: [], admins: [] };
      return installAnswer(visitor, offer);
    },
  );

  app.post(
    `${base}/:slug/install`,
    {
      schema: {
        tags,
        operationId: 'installFromListing',
        summary: "Get it now: install the app into one of the organization's environments",
        description:
          "The Admin Center's install (same command, rules and audit event), allowed only when Get it now is shown to this visitor and they are a Global or License admin. " +
          '403 for other users, 409 when Get it now is not shown, the app is already installed there, or the offer needs a license the organization does not hold.',
        params: slugParams,
        body: installBody,
        response: { 201: installedSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'marketplace.install' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      // Who may install (role and token scope) was settled by the declared access, before anything is looked up.
      const scope = scopeOf(request);
      const offer = await listingOrThrow(request.params.slug);
      const installed = await runCommand(app, request, (ctx) =>
        installFromListing(ctx, { scope, offer, environmentId: request.body.environmentId.toLowerCase(), installedBy: actor.userId, isTenantAdmin: true }),
      );
      reply.code(201);
      return { id: installed.installationId, environment: installed.environment, version: installed.version };
    },
  );
};
