import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { ActiveUsers } from '../../../api/reports';
import { useDataTableStyles } from '../../../components/dataTable';
import { PlanCell } from './PlanCell';
import { formatCount } from './reportView';
import { WidgetCard } from './WidgetCard';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { textAlign: 'right', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  totals: { '& td': { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke1}` } },
});

/** Per offer and plan: people in customer tenants who opened the app or passed a license check lately (seat usage, as of now). */
export function ActiveUsersCard({ activeUsers, csvUrl }: { activeUsers: ActiveUsers; csvUrl: string }) {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const { byPlan, total } = activeUsers;
  return (
    <WidgetCard
      title="Active users"
      description="People in your customers’ organizations who opened the app or passed a license check in the last 7, 30 and 90 days, as of now (the range does not apply; the filters do)."
      csvUrl={csvUrl}
    >
      {/* Scrolls sideways when the card is narrow, so keyboard users must be able to focus it (WCAG 2.1.1). */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label="Active users, scrollable">
        <Table aria-label="Active users per offer and plan" className={tableStyles.table} size="medium">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Offer</TableHeaderCell>
              <TableHeaderCell>Plan</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>7 days</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>30 days</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>90 days</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {byPlan.map((row) => (
              <TableRow key={row.planId}>
                <TableCell>{row.offerName}</TableCell>
                <PlanCell planName={row.planName} serviceId={row.serviceId} />
                <TableCell className={styles.number}>{formatCount(row.last7Days)}</TableCell>
                <TableCell className={styles.number}>{formatCount(row.last30Days)}</TableCell>
                <TableCell className={styles.number}>{formatCount(row.last90Days)}</TableCell>
              </TableRow>
            ))}
            {byPlan.length > 1 && (
              <TableRow className={styles.totals}>
                <TableCell>Total (people)</TableCell>
                <TableCell />
                <TableCell className={styles.number}>{formatCount(total.last7Days)}</TableCell>
                <TableCell className={styles.number}>{formatCount(total.last30Days)}</TableCell>
                <TableCell className={styles.number}>{formatCount(total.last90Days)}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
    </WidgetCard>
  );
}
