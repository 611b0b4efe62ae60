import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { problems, tenantParams } from '../../common/schemas.js';
import { myAppsAnswer } from './schema.js';

/**
 * My apps: every app module installed in the signed-in user's tenant, whether they may open it now
 * (from the in-memory entitlement index, as the launch link decides; no seat is claimed by looking),
 * the plans that would grant it, and their latest license request. Unlike opening the launch link,
 * listing changes nothing.
 */
export const myAppsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/tenants/:tenantId/my-apps',
    {
      schema: {
        tags: ['runtime'],
        operationId: 'listMyApps',
        summary: "The apps installed in the signed-in user's organization: which they may open, why not for the others, and their license requests",
        params: tenantParams,
        response: { 200: myAppsAnswer, ...problems(401, 403, 404) },
      },
      config: { access: 'launch.use' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const actor = actorOf(request);
      const index = app.entitlements.index;
      const modules = index.installedAppModules(scope.tenantId);
      if (modules.length === 0) return { items: [] };
      const offerIds = [...new Set(modules.map((m) => m.offerId))];
      const offers = await app.db
        .selectFrom('offers')
        .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
        .select(['offers.id', 'offers.name', 'offers.launch_url', 'tenants.display_name as publisher_name'])
        .where('offers.id', 'in', offerIds)
        .execute();
      const offerById = new Map(offers.map((o) => [o.id, o]));
      const requests = await app.db
        .selectFrom('license_requests')
        .select(['id', 'app_module', 'status', 'created_at', 'decided_at', 'decided_via', 'decision_note'])
        .where('tenant_id', '=', scope.tenantId)
        .where('user_id', '=', actor.userId)
        .where(
          'app_module',
          'in',
          modules.map((m) => m.uniqueName),
        )
        .orderBy('created_at', 'desc')
        .execute();
      const latest = new Map<string, (typeof requests)[number]>();
      for (const r of requests) if (!latest.has(r.app_module)) latest.set(r.app_module, r);

      const items = modules
        .filter((m) => offerById.has(m.offerId))
        .map((m) => {
          const offer = offerById.get(m.offerId)!;
          const decision = index.check(scope.tenantId, actor.userId, m.uniqueName);
          const last = latest.get(m.uniqueName);
          return {
            appModule: { uniqueName: m.uniqueName, displayName: m.displayName },
            offer: { id: offer.id, name: offer.name, publisherName: offer.publisher_name, hasLaunchUrl: Boolean(offer.launch_url) },
            decision: { licensed: decision.licensed, code: decision.code, detail: decision.detail, requiredPlans: [...m.requiredPlans] },
            launchPath: `/launch/${scope.tenantId}/${encodeURIComponent(m.uniqueName)}`,
            request: last
              ? {
                  id: last.id,
                  status: last.status,
                  createdAt: last.created_at.toISOString(),
                  decidedAt: last.decided_at ? last.decided_at.toISOString() : null,
                  decidedBy: last.decided_via,
                  decisionNote: last.decision_note,
                }
              : null,
          };
        })
        .sort((a, b) => a.appModule.displayName.localeCompare(b.appModule.displayName) || a.appModule.uniqueName.localeCompare(b.appModule.uniqueName));
      return { items };
    },
  );
};
