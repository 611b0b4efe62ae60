import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toCsv } from '../../../domain/csv.js';
import { fastZodSerializer } from '../../common/fastSerializer.js';
import { fileBody, problems } from '../../common/schemas.js';
import { scopeOf } from '../../plugins/authentication.js';
import type { ReportFiguresInput } from '../../../domain/reports/licenseReport.js';
import { buildLicenseReport } from './licenseReport.js';
import { widgetTable } from './licenseReport.js';
import { monthOf } from '../../../domain/reports/licenseReport.js';
import { loadLicenseSummary } from '../../../store/reports/summary.js';
import { csvQuery, licenseReportSchema, licenseSummarySchema, reportParams, reportQuery } from './schema.js';

const FILTERS_DOC =
  'Filters: offer (GUID or offer ID), plan (Service ID or GUID), customer (tenant ID), country (ISO 3166-1 alpha-2). ' +
  'Range: from/to as YYYY-MM, default the last 6 months up to the current one, at most 12 months; granularity day only for up to 3 months. ' +
  'Numbers come from the license ledger: a period counts each customer plan’s licenses after its last ledger change at or before the end of the period (now for the current one).';

/** Partner Center → Reports: the publisher's provisioned and assigned licenses over time, by plan, country and customer. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  // The maths over thousands of customers runs on a worker thread, within the publisher's budget.
  const figuresFor = (tenantId: string) => (input: ReportFiguresInput) =>
    app.heavyWork.run('licenseReportFigures', input, { tenantId, what: 'the report', remedy: 'narrow it with a shorter range or a filter' });

  const base = '/api/v1/tenants/:tenantId/partner/reports/licenses';
  const tags = ['partner: reports'];

  app.get(
    base,
    {
      schema: {
        tags,
        operationId: 'getLicenseReport',
        summary: 'License report: provisioned vs assigned over time, per plan, country and customer',
        description: `${FILTERS_DOC} byPlan, byCountry and byCustomer are as of the end of the range.`,
        params: reportParams,
        querystring: reportQuery,
        response: { 200: licenseReportSchema, ...problems(400, 401, 403, 404, 422, 429, 503) },
      },
      config: { access: 'report.read' },
      serializerCompiler: fastZodSerializer,
    },
    async (request) => {
      const { detailed: _detailed, ...report } = await buildLicenseReport(app.db, scopeOf(request), request.query, app.clock.now(), figuresFor(scopeOf(request).tenantId));
      return report;
    },
  );

  app.get(
    '/api/v1/tenants/:tenantId/partner/reports/summary',
    {
      schema: {
        tags,
        operationId: 'getLicenseSummary',
        summary: 'Licenses provisioned and assigned now, and customers: the report’s current figures without the report',
        description:
          'The same numbers as the license report’s current values (provisioned, assigned, customers) for a range ending in the current month, ' +
          'read in one query: for a glance (Partner Center home) that does not need the series, plans, countries or customers.',
        params: reportParams,
        response: { 200: licenseSummarySchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'report.read' },
    },
    async (request) => {
      const month = monthOf(app.clock.now());
      return { month, ...(await loadLicenseSummary(app.db, scopeOf(request), month)) };
    },
  );

  app.get(
    `${base}.csv`,
    {
      schema: {
        tags,
        operationId: 'exportReportWidget',
        summary: 'Download a report widget as CSV',
        description:
          `${FILTERS_DOC} widget=detailed (default) has one row per customer and plan as of the end of the range, with the columns Customer Country, Customer Country Code, ` +
          'Customer Name, Activation Date, Product Display Name, Product ID, Licenses Provisioned, Licenses Assigned, SKU Name, Tenant ID, License State, Service ID. ' +
          'Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.',
        params: reportParams,
        querystring: csvQuery,
        'x-file-response': fileBody(['text/csv'], 'The widget as CSV (UTF-8)'),
        response: { 200: z.string().describe('text/csv'), ...problems(400, 401, 403, 404, 422, 429, 503) },
      },
      config: { access: 'report.read' },
    },
    async (request, reply) => {
      const { widget, ...query } = request.query;
      const report = await buildLicenseReport(app.db, scopeOf(request), query, app.clock.now(), figuresFor(scopeOf(request).tenantId));
      const table = widgetTable(report, widget);
      const fileName = `licenses-${widget}-${report.range.from}-to-${report.range.to}${report.range.granularity === 'day' ? '-daily' : ''}.csv`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .send(toCsv(table.header, table.rows));
    },
  );
};
