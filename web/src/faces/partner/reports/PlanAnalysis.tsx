import { makeStyles, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { PlanRow } from '../../../api/reports';
import { useDataTableStyles } from '../../../components/dataTable';
import { PlanCell } from './PlanCell';
import { formatCount, formatPercent } from './reportView';
import { WidgetCard } from './WidgetCard';

const useStyles = makeStyles({
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { textAlign: 'right', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  percent: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 'min(180px, 100%)' },
  // The bar gives way when the cell is narrow (a phone's list layout); the figure never does.
  bar: { width: '120px', flexShrink: 1, minWidth: '40px' },
  percentText: { minWidth: '48px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  totals: { '& td': { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke1}` } },
});

/** Per offer and plan: provisioned, assigned, and the share of provisioned licenses that are assigned. */
export function PlanAnalysis({ rows, csvUrl }: { rows: PlanRow[]; csvUrl: string }) {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const provisioned = rows.reduce((sum, row) => sum + row.provisioned, 0);
  const assigned = rows.reduce((sum, row) => sum + row.assigned, 0);
  const totalPercent = provisioned > 0 ? Math.round((assigned / provisioned) * 1000) / 10 : 0;
  return (
    <WidgetCard title="Analysis per offer and plan" description="Licenses at the end of the range; assigned as a share of provisioned." csvUrl={csvUrl}>
      <Table aria-label="Licenses per offer and plan" className={tableStyles.table} size="medium">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Offer</TableHeaderCell>
            <TableHeaderCell>Plan</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Provisioned</TableHeaderCell>
            <TableHeaderCell className={styles.numberHeader}>Assigned</TableHeaderCell>
            <TableHeaderCell>Assigned of provisioned</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.serviceId}>
              <TableCell>{row.offerName}</TableCell>
              <PlanCell planName={row.planName} serviceId={row.serviceId} />
              <TableCell className={styles.number}>{formatCount(row.provisioned)}</TableCell>
              <TableCell className={styles.number}>{formatCount(row.assigned)}</TableCell>
              <TableCell>
                <PercentBar percent={row.percentAssigned} />
              </TableCell>
            </TableRow>
          ))}
          {rows.length > 1 && (
            <TableRow className={styles.totals}>
              <TableCell>Total</TableCell>
              <TableCell />
              <TableCell className={styles.number}>{formatCount(provisioned)}</TableCell>
              <TableCell className={styles.number}>{formatCount(assigned)}</TableCell>
              <TableCell>
                <PercentBar percent={totalPercent} />
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </WidgetCard>
  );
}

function PercentBar({ percent }: { percent: number }) {
  const styles = useStyles();
  return (
    <span className={styles.percent}>
      <ProgressBar className={styles.bar} value={Math.min(1, percent / 100)} thickness="large" shape="rounded" aria-hidden />
      <Text className={styles.percentText}>{formatPercent(percent)}</Text>
    </span>
  );
}
