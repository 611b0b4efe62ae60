import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../domain/problems.js';
import { listUsersWithRoles } from '../../../store/directory/users.js';
import { recordLaunch } from '../../../store/reports/usage.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { guid, problems, tenantParams } from '../../common/schemas.js';
import { checkResult } from '../check/schema.js';
import { claimSeat } from '../../../commands/seats/claimSeat.js';
import { committedRevision } from '../../../store/changeFeed.js';
import { waitingPlaces } from '../../../store/seats/waiting.js';
import type { DecisionCode } from '../../../domain/licenses/decision.js';
import { runCommand } from '../../common/runCommand.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The refusals a seat could change: auto-claim or the waiting room may help. */
const CLAIMABLE = new Set<DecisionCode>(['NOT_ASSIGNED', 'NOT_ENOUGH_LICENSES']);

/**
 * Opening an app without a seat: auto-claim a free one, or join the waiting
 * room, as the products' policies say (claimSeat); then the outcome is checked
 * again so the page tells what really happened:
 * - claimed or holding: the decision is read again from the index once it has
 *   every committed change (a seat held through another server's change may
 *   not be in this server's index yet);
 * - anything else: a user who waits in the room of a product granting this app
 *   (joined earlier, by a license request, or while auto-claim was on) sees
 *   their place, not a generic refusal.
 */
async function claimOnLaunch(app: FastifyInstance, request: FastifyRequest, tenantId: string, userId: string, appModuleName: string) {
  let result = app.entitlements.index.check(tenantId, userId, appModuleName);
  let seat: LaunchSeat | null = null;
  if (!result.licensed && result.appModule && CLAIMABLE.has(result.code)) {
    const serviceIds = result.appModule.requiredServiceIds;
    const claim = await runCommand(app, request, (ctx) => claimSeat(ctx, { tenantId, userId, serviceIds, via: 'launch' }));
    if (claim.outcome === 'claimed' || claim.outcome === 'holding') {
      const committed = BigInt(await committedRevision(app.db));
      if (app.entitlements.revision < committed) await app.entitlements.waitForRevision(committed, app.config.revisionWaitMs);
      result = app.entitlements.index.check(tenantId, userId, appModuleName);
    }
    seat = claim.outcome === 'waiting' ? { ...claim, position: claim.position, waiting: claim.total } : claim.outcome === 'not_allowed' ? await waitingPlace(app, tenantId, userId, serviceIds) : claim;
  }
  if (result.licensed) {
    const usageKey = app.entitlements.index.usageKey(tenantId, userId, result.plans);
    if (usageKey) app.seatUsage.touch(usageKey, app.clock.epochMillis());
  }
  return { result, seat };
}

type LaunchSeat =
  | { outcome: 'claimed' | 'holding'; planName: string }
  | { outcome: 'waiting'; planName: string; position: number; waiting: number }
  | { outcome: 'not_allowed' };

/** The user's place in the waiting room of a product that grants the app (the first such product in plan id order). */
async function waitingPlace(app: FastifyInstance, tenantId: string, userId: string, serviceIds: readonly string[]): Promise<LaunchSeat> {
  const places = await waitingPlaces(app.db, tenantId, userId);
  if (places.length === 0 || serviceIds.length === 0) return { outcome: 'not_allowed' };
  const plans = await app.db
    .selectFrom('plans')
    .select(['id', 'name'])
    .where('id', 'in', places.map((p) => p.planId))
    .where('service_id', 'in', [...serviceIds])
    .orderBy('id')
    .execute();
  const plan = plans[0];
  const place = plan && places.find((p) => p.planId === plan.id);
  return plan && place ? { outcome: 'waiting', planName: plan.name, position: place.position, waiting: place.total } : { outcome: 'not_allowed' };
}

const launchParams = tenantParams.extend({ appModule: z.string().min(1).max(200, 'must be at most 200 characters') });

const launchInfo = z.object({
  decision: checkResult,
  appModule: z.object({ uniqueName: z.string(), displayName: z.string() }),
  offer: z.object({ id: z.string().meta({ format: 'uuid' }), name: z.string(), publisherName: z.string(), hasLaunchUrl: z.boolean() }),
  admins: z.array(z.object({ displayName: z.string(), userPrincipalName: z.string() })),
  request: z
    .object({ id: z.string().meta({ format: 'uuid' }), status: z.enum(['pending', 'approved', 'declined']), createdAt: z.string(), decisionNote: z.string() })
    .nullable(),
  seat: z
    .object({
      outcome: z.enum(['claimed', 'holding', 'waiting', 'not_allowed']).describe('claimed: this launch took a free seat (auto-claim); holding: the user has a seat that is still being activated on this server; waiting: the user is in the waiting room (joined now or earlier); not_allowed: no auto-claim and not waiting'),
      planName: z.string().nullable(),
      position: z.number().int().nullable().describe('Place in the waiting room (1: next)'),
      waiting: z.number().int().nullable().describe('People in the waiting room'),
    })
    .nullable()
    .describe('What opening the app did about a seat; null when the user was licensed already'),
  reclaimNotices: z
    .array(z.object({ planName: z.string(), dueAt: z.string() }))
    .describe("The user's seats announced for reclamation (unused for a while): using the app keeps them"),
});

/**
 * App launch. `/launch/:tenantId/:appModule` is the link users open: licensed
 * users go straight to the app with a signed license token; everyone else
 * gets the web app's page explaining why and whom to ask, fed by the JSON route.
 */
export const launchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/tenants/:tenantId/launch/:appModule',
    {
      schema: {
        tags: ['runtime'],
        operationId: 'getLaunchDecision',
        summary: "What happens when the signed-in user opens this app: the decision, the plans that would grant it, and the tenant's license admins",
        params: launchParams,
        response: { 200: launchInfo, ...problems(401, 403, 404) },
      },
      config: { access: 'launch.use' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const actor = actorOf(request);
      const { result, seat } = await claimOnLaunch(app, request, scope.tenantId, actor.userId, request.params.appModule);
      const appModule = result.appModule;
      if (!appModule) throw notFound(`App module ${request.params.appModule}`);
      const offer = await app.db
        .selectFrom('offers')
        .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
        .select(['offers.id', 'offers.name', 'offers.launch_url', 'tenants.display_name as publisher_name'])
        .where('offers.id', '=', appModule.offerId)
        .executeTakeFirstOrThrow();
      const admins = await listUsersWithRoles(app.db, scope, ['global_admin', 'license_admin', 'user_admin']);
      const pending = await app.db
        .selectFrom('license_requests')
        .select(['id', 'status', 'created_at', 'decision_note'])
        .where('tenant_id', '=', scope.tenantId)
        .where('user_id', '=', actor.userId)
        .where('app_module', '=', appModule.uniqueName)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      const notices = await app.db
        .selectFrom('seat_reclamations')
        .innerJoin('plans', 'plans.id', 'seat_reclamations.plan_id')
        .select(['plans.name', 'seat_reclamations.due_at'])
        .where('seat_reclamations.tenant_id', '=', scope.tenantId)
        .where('seat_reclamations.user_id', '=', actor.userId)
        .where('seat_reclamations.state', '=', 'announced')
        .where('plans.offer_id', '=', appModule.offerId)
        .execute();
      return {
        reclaimNotices: notices.map((n) => ({ planName: n.name, dueAt: n.due_at.toISOString() })),
        decision: {
          licensed: result.licensed,
          code: result.code,
          detail: result.detail,
          plans: [...result.plans],
          requiredPlans: [...appModule.requiredPlans],
        },
        appModule: { uniqueName: appModule.uniqueName, displayName: appModule.displayName },
        offer: { id: offer.id, name: offer.name, publisherName: offer.publisher_name, hasLaunchUrl: Boolean(offer.launch_url) },
        admins: admins.map((a) => ({ displayName: a.display_name, userPrincipalName: a.user_principal_name })),
        request: pending
          ? { id: pending.id, status: pending.status, createdAt: pending.created_at.toISOString(), decisionNote: pending.decision_note }
          : null,
        seat: seat
          ? {
              outcome: seat.outcome,
              planName: seat.outcome === 'not_allowed' ? null : seat.planName,
              position: seat.outcome === 'waiting' ? seat.position : null,
              waiting: seat.outcome === 'waiting' ? seat.waiting : null,
            }
          : null,
      };
    },
  );

  app.get(
    '/launch/:tenantId/:appModule',
    {
      schema: { hide: true, params: z.object({ tenantId: guid('tenant ID'), appModule: z.string().min(1).max(200) }) },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor) return reply.redirect(`/signin?next=${encodeURIComponent(request.url)}`);
      const { tenantId, appModule: name } = request.params;
      if (actor.tenantId !== tenantId) return app.sendWebApp(reply);
      // Only a licensed user goes on to the app from here. Everyone else gets the launch page, whose
      // request (getLaunchDecision) claims a seat or a place in the waiting room and says which.
      const result = app.entitlements.index.check(tenantId, actor.userId, name);
      if (!result.licensed || !result.appModule) return app.sendWebApp(reply);
      const usageKey = app.entitlements.index.usageKey(tenantId, actor.userId, result.plans);
      if (usageKey) app.seatUsage.touch(usageKey, app.clock.epochMillis());
      const offer = await app.db.selectFrom('offers').select(['launch_url']).where('id', '=', result.appModule.offerId).executeTakeFirst();
      if (!offer?.launch_url) return app.sendWebApp(reply);
      // Admin Center usage: when this user last opened an app of the offer (not on the runtime check's hot path).
      await recordLaunch(app.db, { tenantId, userId: actor.userId, offerId: result.appModule.offerId, at: app.clock.now() });
      const { token } = await app.licenseTokens.issue({
        userId: actor.userId,
        userPrincipalName: actor.userPrincipalName,
        tenantId,
        appModule: result.appModule.uniqueName,
        offerId: result.appModule.offerId,
        plans: result.plans,
        code: result.code,
      });
      const target = new URL(offer.launch_url);
      target.searchParams.set('license_token', token);
      target.searchParams.set('app_module', result.appModule.uniqueName);
      return reply.redirect(target.toString());
    },
  );
};
