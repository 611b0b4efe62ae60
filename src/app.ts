import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { DatabaseHandle } from './store/database.js';
import { fastifyTrustProxy } from './http/trustProxy.js';
import { clientErrorHandler, frameworkErrors } from './http/routerErrors.js';
import { servicesPlugin } from './http/plugins/services.js';
import { securityHeadersPlugin } from './http/plugins/securityHeaders.js';
import { problemsPlugin } from './http/plugins/problems.js';
import { heavyWorkPlugin } from './http/plugins/heavyWork.js';
import { authenticationPlugin } from './http/plugins/authentication.js';
import { openApiPlugin } from './http/plugins/openapi.js';
import { metricsPlugin } from './http/plugins/metrics.js';
import { healthPlugin } from './http/plugins/health.js';
import { revisionHeaderPlugin } from './http/plugins/revisionHeader.js';
import { drainPlugin } from './http/plugins/drain.js';
import { webAppPlugin } from './http/plugins/webApp.js';
import { entitlementsPlugin } from './http/plugins/entitlements.js';
import { licenseTokensPlugin } from './http/plugins/licenseTokens.js';
import { runtimeCheckRoutes } from './http/runtime/check/routes.js';
import { runtimeStreamRoutes } from './http/runtime/stream/routes.js';
import { CheckFastPath } from './http/runtime/check/fastPath.js';
import { launchRoutes } from './http/runtime/launch/routes.js';
import { myAppsRoutes } from './http/runtime/myApps/routes.js';
import { licenseRequestRoutes } from './http/admin/licenseRequests/routes.js';
import { backgroundJobPlugin } from './http/plugins/backgroundJobs.js';
import { licenseLifecycleJob } from './jobs/licenseLifecycle.js';
import { seatReclamationJob } from './jobs/seatReclamation.js';
import { seatUsagePlugin } from './http/plugins/seatUsage.js';
import { seatClaimsPlugin } from './http/plugins/seatClaims.js';
import { seatRoutes } from './http/admin/seats/routes.js';
import { partnerRelationshipRoutes } from './http/partner/relationships/routes.js';
import { dealRoutes } from './http/partner/deals/routes.js';
import { dealLicenseRoutes } from './http/partner/dealLicenses/routes.js';
import { relationshipRoutes } from './http/admin/relationships/routes.js';
import { licenseRoutes } from './http/admin/licenses/routes.js';
import { graphRoutes } from './http/graph/routes.js';
import { cloudLicensingRoutes } from './http/graph/cloudLicensing.js';
import { licenseUsageRoutes } from './http/admin/licenses/usageRoutes.js';
import { reportRoutes } from './http/partner/reports/routes.js';
import { environmentRoutes } from './http/admin/environments/routes.js';
import { operatorJobRoutes } from './http/operator/jobs/routes.js';
import { authRoutes } from './http/auth/routes.js';
import { mfaRoutes } from './http/auth/mfaRoutes.js';
import { secretsPlugin } from './http/plugins/secrets.js';
import { referenceRoutes } from './http/common/referenceRoutes.js';
import { tenantRoutes } from './http/admin/tenant/routes.js';
import { userRoutes } from './http/admin/users/routes.js';
import { groupRoutes } from './http/admin/groups/routes.js';
import { operatorTenantRoutes } from './http/operator/tenants/routes.js';
import { operatorProgramRoutes } from './http/operator/program/routes.js';
import { programRoutes } from './http/partner/program/routes.js';
import { offerRoutes } from './http/partner/offers/routes.js';
import { offerLogoRoutes } from './http/partner/offerLogos/routes.js';
import { offerListingRoutes } from './http/partner/offerListing/routes.js';
import { planRoutes } from './http/partner/plans/routes.js';
import { packageRoutes } from './http/partner/packages/routes.js';
import { publishingRoutes } from './http/partner/publishing/routes.js';
import { marketplaceRoutes } from './http/marketplace/routes.js';
import { partnerLeadRoutes } from './http/partner/leads/routes.js';
import { partnerEventRoutes } from './http/partner/events/routes.js';
import { tenantEventRoutes } from './http/admin/events/routes.js';
import { partnerWebhookRoutes } from './http/partner/webhooks/routes.js';
import { auditExportRoutes } from './http/admin/audit/routes.js';
import { myNotificationRoutes } from './http/me/notifications/routes.js';
import { SCIM_PREFIX, scimRoutes } from './http/scim/routes.js';
import { scimTokenRoutes } from './http/admin/identity/scimTokenRoutes.js';
import { identityProviderRoutes } from './http/admin/identity/providerRoutes.js';
import { ssoRoutes } from './http/auth/ssoRoutes.js';

export interface AppOptions {
  config: Config;
  clock: Clock;
  database: DatabaseHandle;
  logger?: boolean | object;
}

/** Wires the plugins and the faces' routes; owns nothing itself. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  // POST /api/v1/runtime/check is answered in front of Fastify's pipeline when the request is ordinary.
  const checkFastPath = new CheckFastPath();
  const app = Fastify({
    serverFactory: checkFastPath.serverFactory,
    logger: options.logger ?? { level: options.config.logLevel },
    bodyLimit: 1024 * 1024,
    // Only the configured proxies' X-Forwarded-For is believed (src/http/trustProxy.ts).
    trustProxy: fastifyTrustProxy(options.config.trustProxy),
    routerOptions: { ignoreTrailingSlash: true },
    // Request ids are GUIDs, as Graph clients expect in request-id (and unique across servers, for logs).
    genReqId: () => randomUUID(),
    // The router's and the HTTP parser's own errors are problems too (src/http/routerErrors.ts).
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(servicesPlugin, options);
  await app.register(securityHeadersPlugin);
  await app.register(problemsPlugin);
  await app.register(heavyWorkPlugin);
  await app.register(cookie);
  await app.register(metricsPlugin);
  await app.register(healthPlugin);
  await app.register(drainPlugin);
  await app.register(revisionHeaderPlugin);
  await app.register(openApiPlugin);
  await app.register(authenticationPlugin);
  await app.register(entitlementsPlugin);
  await app.register(secretsPlugin);
  await app.register(licenseTokensPlugin);
  await app.register(backgroundJobPlugin, { job: licenseLifecycleJob });
  await app.register(seatUsagePlugin);
  await app.register(seatClaimsPlugin);
  await app.register(backgroundJobPlugin, { job: seatReclamationJob });

  await app.register(referenceRoutes);
  await app.register(authRoutes);
  await app.register(mfaRoutes);
  await app.register(tenantRoutes);
  await app.register(userRoutes);
  await app.register(groupRoutes);
  await app.register(operatorTenantRoutes);
  await app.register(operatorProgramRoutes);
  await app.register(programRoutes);
  await app.register(offerRoutes);
  await app.register(offerLogoRoutes);
  await app.register(offerListingRoutes);
  await app.register(planRoutes);
  await app.register(packageRoutes);
  await app.register(publishingRoutes);
  await app.register(runtimeCheckRoutes, { fastPath: checkFastPath });
  await app.register(runtimeStreamRoutes);
  await app.register(launchRoutes);
  await app.register(myAppsRoutes);
  await app.register(licenseRequestRoutes);
  await app.register(partnerRelationshipRoutes);
  await app.register(dealRoutes);
  await app.register(dealLicenseRoutes);
  await app.register(relationshipRoutes);
  await app.register(licenseRoutes);
  await app.register(graphRoutes);
  await app.register(cloudLicensingRoutes);
  await app.register(licenseUsageRoutes);
  await app.register(seatRoutes);
  await app.register(reportRoutes);
  await app.register(environmentRoutes);
  await app.register(operatorJobRoutes);
  await app.register(marketplaceRoutes);
  await app.register(partnerLeadRoutes);
  await app.register(partnerEventRoutes);
  await app.register(tenantEventRoutes);
  await app.register(partnerWebhookRoutes);
  await app.register(auditExportRoutes);
  await app.register(myNotificationRoutes);
  await app.register(scimTokenRoutes);
  await app.register(identityProviderRoutes);
  await app.register(ssoRoutes);
  await app.register(scimRoutes, { prefix: `${SCIM_PREFIX}/:tenantId` });

  await app.register(webAppPlugin);
  return app;
}
