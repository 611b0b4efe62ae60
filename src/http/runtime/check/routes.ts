import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, forbidden } from '../../../domain/problems.js';
import type { Actor } from '../../../policies/actor.js';
import type { EntitlementIndex, IndexedAppModule } from '../../../runtime/entitlementIndex.js';
import { actorOf } from '../../plugins/authentication.js';
import { problems } from '../../common/schemas.js';
import { fastZodSerializer } from '../../common/fastSerializer.js';
import { batchRequest, checkRequest, checkResult, tokenResult } from './schema.js';

type CheckRequest = z.infer<typeof checkRequest>;
const NO_PLANS: never[] = [];

/**
 * The runtime check: answered from the in-memory entitlement index, never the
 * database. A runtime key may only ask about its own publisher's app modules,
 * and learns nothing about tenants that have not installed the app: those all
 * answer APP_NOT_INSTALLED, whether or not the tenant or user exists.
 */
export function answerCheck(index: EntitlementIndex, actor: Actor, check: CheckRequest) {
  const result = index.check(check.tenantId, check.user, check.appModule);
  assertOwnApp(actor, result.appModule);
  return {
    licensed: result.licensed,
    code: result.code,
    detail: result.detail,
    plans: result.plans as string[],
    requiredPlans: result.appModule?.requiredPlans ? [...result.appModule.requiredPlans] : NO_PLANS,
  };
}

function assertOwnApp(actor: Actor, appModule: IndexedAppModule | undefined) {
  if (appModule && appModule.publisherTenantId !== actor.tenantId) {
    throw forbidden(`App module ${appModule.uniqueName} belongs to another publisher; use that publisher's runtime key`);
  }
}

export const runtimeCheckRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['runtime'];
  const ensureLoaded = () => {
    if (!app.entitlements.loaded()) {
      throw new DomainError(503, 'Starting up', 'The license index is still loading; retry in a few seconds');
    }
  };

  app.post(
    '/api/v1/runtime/check',
    {
      schema: {
        tags,
        summary: 'May this user run this app module?',
        description:
          'Send a runtime key (an API token with the runtime.check scope, created by the publisher) as `Authorization: Bearer …`. ' +
          'The answer comes from memory and reflects an admin change on this server as soon as the change returns, and on other servers within a second.',
        body: checkRequest,
        response: { 200: checkResult, ...problems(400, 401, 403, 503) },
      },
      config: { access: 'runtime.check' },
      serializerCompiler: fastZodSerializer,
      // The hot path: no per-request log lines at info (errors and warnings still log).
      logLevel: 'warn',
    },
    async (request) => {
      ensureLoaded();
      return answerCheck(app.entitlements.index, actorOf(request), request.body);
    },
  );

  app.post(
    '/api/v1/runtime/check/batch',
    {
      schema: {
        tags,
        summary: 'Many checks at once (up to 1000); results in the same order',
        body: batchRequest,
        response: { 200: z.object({ results: z.array(checkResult) }), ...problems(400, 401, 403, 503) },
      },
      config: { access: 'runtime.check' },
      serializerCompiler: fastZodSerializer,
      // The hot path: no per-request log lines at info (errors and warnings still log).
      logLevel: 'warn',
    },
    async (request) => {
      ensureLoaded();
      const actor = actorOf(request);
      return { results: request.body.checks.map((check) => answerCheck(app.entitlements.index, actor, check)) };
    },
  );

  app.post(
    '/api/v1/runtime/token',
    {
      schema: {
        tags,
        summary: 'Check and, when licensed, issue a short-lived signed license token',
        body: checkRequest,
        response: { 200: tokenResult, ...problems(400, 401, 403, 503) },
      },
      config: { access: 'runtime.check' },
      serializerCompiler: fastZodSerializer,
      // The hot path: no per-request log lines at info (errors and warnings still log).
      logLevel: 'warn',
    },
    async (request) => {
      ensureLoaded();
      const answer = answerCheck(app.entitlements.index, actorOf(request), request.body);
      if (!answer.licensed) return { ...answer, token: null, expiresAt: null };
      const user = app.entitlements.index.findUser(request.body.tenantId, request.body.user)!;
      const appModule = app.entitlements.index.appModule(request.body.appModule)!;
      const { token, expiresAt } = await app.licenseTokens.issue({
        userId: user.userId,
        userPrincipalName: user.userPrincipalName,
        tenantId: request.body.tenantId,
        appModule: appModule.uniqueName,
        offerId: appModule.offerId,
        plans: answer.plans,
        code: answer.code,
      });
      return { ...answer, token, expiresAt: expiresAt.toISOString() };
    },
  );
};
