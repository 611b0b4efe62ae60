import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../domain/problems.js';
import { addMonths, buildSeries, monthOf, periodsOf } from '../../../domain/reports/licenseReport.js';
import { findProduct } from '../../../store/licensing/products.js';
import { loadProductPositions } from '../../../store/reports/licenseReports.js';
import { listInactiveHolders } from '../../../store/reports/usage.js';
import { problems } from '../../common/schemas.js';
import { scopeOf } from '../../plugins/authentication.js';
import { productParams } from './schema.js';

/** A holder who has not opened the offer's apps for this long is listed as inactive. */
export const INACTIVE_DAYS = 30;

const usageSchema = z.object({
  series: z.array(z.object({ period: z.string().describe('YYYY-MM'), purchased: z.number().int(), assigned: z.number().int() })),
  inactiveDays: z.number().int(),
  inactiveUsers: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      userPrincipalName: z.string(),
      assignedSince: z.string().describe('When the user started holding an active seat (ISO 8601)'),
      lastLaunchedAt: z.string().nullable().describe('The last launch of any app of the offer, or null if never'),
    }),
  ),
});

/** Admin Center → Licenses → a product's usage: purchased vs assigned by month, and seats nobody uses. */
export const licenseUsageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/tenants/:tenantId/licenses/:planId/usage',
    {
      schema: {
        tags: ['licenses'],
        operationId: 'getProductUsage',
        summary: "A product's usage: purchased and assigned at the end of each month, and holders who have not opened its apps in 30 days",
        description:
          'Months come from the license ledger (the current month: now). Inactive users hold an active seat since at least 30 days and have not ' +
          'opened any app of the offer through the launch link in the last 30 days (or ever).',
        params: productParams,
        querystring: z.object({
          months: z
            .enum(['6', '12'], { message: 'must be 6 or 12' })
            .default('6')
            .transform(Number)
            .describe('How many months, up to the current one: 6 (default) or 12'),
        }),
        response: { 200: usageSchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'license.usage' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const planId = request.params.planId;
      if (!(await findProduct(app.db, scope, planId))) throw notFound(`Product ${planId} (your organization holds no licenses of this plan)`);
      const now = app.clock.now();
      const to = monthOf(now);
      const from = addMonths(to, -(request.query.months - 1));
      const positions = await loadProductPositions(app.db, scope, planId, from, to);
      const { series } = buildSeries(positions.initial, positions.changes, periodsOf({ from, to, granularity: 'month' }, now));
      const since = new Date(now.getTime() - INACTIVE_DAYS * 86_400_000);
      const inactive = await listInactiveHolders(app.db, scope, planId, since);
      return {
        series: series.map((p) => ({ period: p.period, purchased: p.provisioned, assigned: p.assigned })),
        inactiveDays: INACTIVE_DAYS,
        inactiveUsers: inactive.map((u) => ({
          userId: u.userId,
          displayName: u.displayName,
          userPrincipalName: u.userPrincipalName,
          assignedSince: u.assignedSince.toISOString(),
          lastLaunchedAt: u.lastLaunchedAt ? u.lastLaunchedAt.toISOString() : null,
        })),
      };
    },
  );
};
