import { Button, makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowClockwiseRegular, DataBarVerticalRegular, ReceiptAddRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { getLicenseReport, licenseReportCsvUrl, type LicenseReport, type ReportQuery, type ReportWidget } from '../../../api/reports';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageHeader } from '../../../components/PageHeader';
import { useApiResource } from '../../../components/useApiResource';
import { publisherDealWriter } from '../../../session/access';
import { useSession } from '../../../session/SessionContext';
import { CountryDistribution } from './CountryDistribution';
import { CustomersCard } from './CustomersCard';
import { CustomersTable } from './CustomersTable';
import { LicensesOverTime } from './LicensesOverTime';
import { PlanAnalysis } from './PlanAnalysis';
import { ActiveUsersCard } from './ActiveUsersCard';
import { ReportFilters } from './ReportFilters';
import { ReportSkeleton } from './ReportSkeleton';
import { addMonths, FILTER_KEYS, formatPeriod, queryFor, readView, type ReportView } from './reportView';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalL,
    marginBottom: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  barActions: { display: 'flex', gap: tokens.spacingHorizontalS },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '24px', color: tokens.colorNeutralForeground2 },
  layout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  topRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(300px, 1fr) minmax(0, 3fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'stretch',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  stale: { opacity: 0.55, transition: 'opacity 150ms' },
  error: { marginBottom: tokens.spacingVerticalL },
});

/**
 * Partner Center → Reports: licenses provisioned to customers and assigned by
 * them, over time, per plan, per country and per customer, from the license
 * ledger. The range and filters live in the URL, so a view can be shared.
 */
export default function ReportsPage() {
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const tenantId = session.tenant.id;
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const check = queryFor(view);
  // While a custom range can't be asked for, keep showing the last one that could.
  const lastQuery = useRef<ReportQuery>(check.query ?? {});
  if (check.query) lastQuery.current = check.query;
  const query = lastQuery.current;
  const queryKey = JSON.stringify(query);
  const report = useApiResource((signal) => getLicenseReport(tenantId, query, signal), [tenantId, queryKey]);
  const data = report.data;
  // The last report stays on screen, dimmed, while the next one loads.
  const stale = report.loading && data !== undefined;

  const change = (changes: Partial<Record<keyof ReportView, string>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  const csv = (widget: ReportWidget) => licenseReportCsvUrl(tenantId, widget, query);
  const filtered = FILTER_KEYS.some((key) => view[key]);

  return (
    <>
      <PageHeader
        title="Reports"
        description="Licenses you provisioned to your customers and how many of them they assigned to their users, over time, per plan and by country, from the license ledger."
      />
      <ReportFilters view={view} options={data?.filterOptions} shownRange={data?.range} problem={check.problem} onChange={change} />
      <div className={styles.bar}>
        <div className={styles.status} role="status" aria-live="polite">
          {report.loading && <Spinner size="extra-tiny" />}
          {data && (
            <Text>
              {stale ? 'Updating… ' : ''}
              {`${formatPeriod(data.range.from)} – ${formatPeriod(data.range.to)}, by ${data.range.granularity}`}
            </Text>
          )}
        </div>
        <div className={styles.barActions}>
          <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={report.reload}>
            Refresh
          </Button>
          <Button as="a" href={csv('detailed')} download icon={<ArrowDownloadRegular />}>
            Download detailed report
          </Button>
        </div>
      </div>
      {report.error && (
        <div className={styles.error}>
          <ErrorMessage error={report.error} title="Couldn't load the report" />
        </div>
      )}
      {!data && report.loading && <ReportSkeleton layoutClass={styles.layout} topRowClass={styles.topRow} />}
      {data && isEmpty(data) && (
        <EmptyState
          icon={<DataBarVerticalRegular />}
          title="No licenses provisioned in this period"
          message={
            filtered
              ? 'Nothing matches these filters in these months. Clear a filter or choose a longer range.'
              : 'Register a deal with a customer and provision licenses: they show up here as your customers assign them.'
          }
          action={
            !filtered &&
            publisherDealWriter.allows(session) && (
              <Button appearance="primary" icon={<ReceiptAddRegular />} onClick={() => navigate('/partner/deals/new')}>
                Register a deal
              </Button>
            )
          }
        />
      )}
      {data && !isEmpty(data) && <Widgets report={data} csv={csv} className={mergeClasses(styles.layout, stale && styles.stale)} topRowClass={styles.topRow} busy={stale} />}
    </>
  );
}

/** Nothing provisioned or assigned at any point of the range. */
const isEmpty = (report: LicenseReport) =>
  report.series.every((point) => point.provisioned === 0 && point.assigned === 0) && report.byPlan.every((row) => row.provisioned === 0 && row.assigned === 0);

interface WidgetsProps {
  report: LicenseReport;
  csv(widget: ReportWidget): string;
  className: string;
  topRowClass: string;
  busy: boolean;
}

function Widgets({ report, csv, className, topRowClass, busy }: WidgetsProps) {
  const versus = formatPeriod(addMonths(report.range.to, -1));
  return (
    <div className={className} aria-busy={busy}>
      <div className={topRowClass}>
        <CustomersCard report={report} versus={versus} csvUrl={csv('series')} />
        <LicensesOverTime report={report} versus={versus} csvUrl={csv('series')} />
      </div>
      <PlanAnalysis rows={report.byPlan} csvUrl={csv('byPlan')} />
      <ActiveUsersCard activeUsers={report.activeUsers} csvUrl={csv('activeUsers')} />
      <CountryDistribution rows={report.byCountry} csvUrl={csv('byCountry')} />
      <CustomersTable rows={report.byCustomer} csvUrl={csv('byCustomer')} />
    </div>
  );
}
