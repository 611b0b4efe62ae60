import type { FastifyInstance } from 'fastify';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../domain/problems.js';
import { actorOf } from '../../plugins/authentication.js';
import { problems } from '../../common/schemas.js';
import { fastZodSerializer } from '../../common/fastSerializer.js';
import { answerCheck } from './answer.js';
import { noteSeatSignals, seatSignals } from './seatSignals.js';
import type { CheckFastPath } from './fastPath.js';
import { CheckTelemetry, decisionIndex } from './checkTelemetry.js';
import { acceptBatchFast, acceptCheckFast, batchRequest, checkAtRevisionRequest, checkResult, fastBodyValidator, tokenResult } from './schema.js';

export { answerCheck };

/** Zod's validator (and so its errors), behind the cheap acceptance of valid bodies (schema.ts). */
const withFastAcceptance =
  (accept: (value: unknown) => unknown) =>
  (route: { schema?: unknown; httpPart?: string }) => {
    const zod = validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);
    return route.httpPart === 'body' ? fastBodyValidator(accept, zod) : zod;
  };
const checkValidator = withFastAcceptance(acceptCheckFast);
const batchValidator = withFastAcceptance(acceptBatchFast);

export const runtimeCheckRoutes: FastifyPluginAsyncZod<{ fastPath?: CheckFastPath }> = async (app, options) => {
  const tags = ['runtime'];
  const telemetry = new CheckTelemetry(app.log, app.config.checkLogSampleEvery);
  telemetry.register(app.metrics);
  app.addHook('onClose', async () => telemetry.stop());
  /** The decision, counted (and now and then logged) by its code. */
  const answer = (actor: ReturnType<typeof actorOf>, check: Parameters<typeof answerCheck>[2]) => {
    const result = answerCheck(app.entitlements.index, actor, check);
    noteSeatSignals(app, seatSignals(app.entitlements.index, check, result));
    const codeIndex = decisionIndex(result.code);
    if (telemetry.count(codeIndex)) telemetry.sample(codeIndex, check, actor.tokenId);
    return result;
  };
  const ensureLoaded = () => {
    if (!app.entitlements.loaded()) {
      throw new DomainError(503, 'Starting up', 'The license index is still loading; retry in a few seconds');
    }
  };
  /**
   * Read-your-writes: waits (woken by the index, no polling) until this server's index has every
   * change up to the revision, or refuses rather than give a possibly stale answer.
   */
  const reachRevision = async (atLeast: string | undefined) => {
    if (atLeast === undefined) return;
    const revision = BigInt(atLeast);
    if (app.entitlements.revision >= revision) return;
    if (await app.entitlements.waitForRevision(revision, app.config.revisionWaitMs)) return;
    throw new DomainError(
      503,
      'Revision not reached yet',
      `This server's license index is at revision ${app.entitlements.revision}, not yet at ${atLeast} (atLeastRevision), after waiting ${app.config.revisionWaitMs} ms; retry shortly or ask another server`,
      { revision: String(app.entitlements.revision), atLeastRevision: atLeast },
      { 'retry-after': '1' },
    );
  };

  app.post(
    '/api/v1/runtime/check',
    {
      schema: {
        tags,
        operationId: 'checkLicense',
        summary: 'May this user run this app module?',
        description:
          'Send a runtime key (an API token with the runtime.check scope, created by the publisher) as `Authorization: Bearer …`. ' +
          'The answer comes from memory and reflects an admin change on this server as soon as the change returns, and on other servers within a second.',
        body: checkAtRevisionRequest,
        response: { 200: checkResult, ...problems(400, 401, 403, 503) },
      },
      validatorCompiler: checkValidator,
      config: { access: 'runtime.check' },
      serializerCompiler: fastZodSerializer,
      // The hot path: no per-request log lines at info (errors and warnings still log).
      logLevel: 'warn',
    },
    async (request) => {
      ensureLoaded();
      await reachRevision(request.body.atLeastRevision);
      return answer(actorOf(request), request.body);
    },
  );

  app.post(
    '/api/v1/runtime/check/batch',
    {
      schema: {
        tags,
        operationId: 'checkLicenses',
        summary: 'Many checks at once (up to 1000); results in the same order',
        body: batchRequest,
        response: { 200: z.object({ results: z.array(checkResult) }), ...problems(400, 401, 403, 503) },
      },
      validatorCompiler: batchValidator,
      config: { access: 'runtime.check' },
      serializerCompiler: fastZodSerializer,
      // The hot path: no per-request log lines at info (errors and warnings still log).
      logLevel: 'warn',
    },
    async (request) => {
      ensureLoaded();
      await reachRevision(request.body.atLeastRevision);
      const actor = actorOf(request);
      return { results: request.body.checks.map((check) => answer(actor, check)) };
    },
  );

  // POST /api/v1/runtime/check answered before Fastify's pipeline when the request is ordinary (fastPath.ts).
  options.fastPath?.attach(app as unknown as FastifyInstance, telemetry);

  app.post(
    '/api/v1/runtime/token',
    {
      schema: {
        tags,
        operationId: 'issueLicenseToken',
        summary: 'Check and, when licensed, issue a short-lived signed license token',
        body: checkAtRevisionRequest,
        response: { 200: tokenResult, ...problems(400, 401, 403, 503) },
      },
      validatorCompiler: checkValidator,
      config: { access: 'runtime.check' },
      serializerCompiler: fastZodSerializer,
      // The hot path: no per-request log lines at info (errors and warnings still log).
      logLevel: 'warn',
    },
    async (request) => {
      ensureLoaded();
      await reachRevision(request.body.atLeastRevision);
      const decided = answer(actorOf(request), request.body);
      if (!decided.licensed) return { ...decided, token: null, expiresAt: null };
      const user = app.entitlements.index.findUser(request.body.tenantId, request.body.user)!;
      const appModule = app.entitlements.index.appModule(request.body.appModule)!;
      const { token, expiresAt } = await app.licenseTokens.issue({
        userId: user.userId,
        userPrincipalName: user.userPrincipalName,
        tenantId: request.body.tenantId,
        appModule: appModule.uniqueName,
        offerId: appModule.offerId,
        plans: decided.plans,
        code: decided.code,
      });
      return { ...decided, token, expiresAt: expiresAt.toISOString() };
    },
  );
};
