import { makeStyles, mergeClasses, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { CountryRow } from '../../../api/reports';
import { choicesOf, isChoice } from '../../../components/choices';
import { useDataTableStyles } from '../../../components/dataTable';
import { WorldMap, type RegionDescription } from '../../../components/charts/WorldMap';
import { formatCount, formatPercent } from './reportView';
import { WidgetCard } from './WidgetCard';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(360px, 2fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  tableScroll: { maxHeight: '340px', overflowY: 'auto' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { textAlign: 'right', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  hovered: { backgroundColor: tokens.colorNeutralBackground1Hover },
  headerRow: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground1, zIndex: 1 },
});

type Metric = 'provisioned' | 'assigned' | 'customers';

const METRIC_LABELS: Record<Metric, string> = { provisioned: 'Licenses provisioned', assigned: 'Licenses assigned', customers: 'Customers' };
/** The map's tabs: the same metrics, shorter. */
const METRIC_TABS: Record<Metric, string> = { provisioned: 'Provisioned', assigned: 'Assigned', customers: 'Customers' };

/** Where the customers are: a world map coloured by the chosen figure, and the same numbers in a table beside it. */
export function CountryDistribution({ rows, csvUrl }: { rows: CountryRow[]; csvUrl: string }) {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const [metric, setMetric] = useState<Metric>('provisioned');
  const [mapHover, setMapHover] = useState<string | null>(null);
  const [rowHover, setRowHover] = useState<string | null>(null);
  const byCode = useMemo(() => new Map(rows.map((row) => [row.countryCode, row])), [rows]);
  const data = useMemo(() => rows.map((row) => ({ code: row.countryCode, value: row[metric] })), [rows, metric]);

  const describe = useCallback(
    (code: string): RegionDescription | undefined => {
      const row = byCode.get(code);
      if (!row) return undefined;
      return {
        title: row.countryName,
        lines: [
          ['Customers', formatCount(row.customers)],
          ['Licenses provisioned', formatCount(row.provisioned)],
          ['Licenses assigned', formatCount(row.assigned)],
          ['Assigned of provisioned', formatPercent(row.provisioned > 0 ? Math.round((row.assigned / row.provisioned) * 1000) / 10 : 0)],
        ],
      };
    },
    [byCode],
  );

  return (
    <WidgetCard
      title="License distribution by country"
      description="Customers' countries or regions, as their organizations are registered."
      csvUrl={csvUrl}
      actions={
        <TabList size="small" selectedValue={metric} onTabSelect={(_, d) => isChoice(METRIC_TABS, d.value) && setMetric(d.value)} aria-label="Colour the map by">
          {choicesOf(METRIC_TABS).map((tab) => (
            <Tab key={tab} value={tab}>
              {METRIC_TABS[tab]}
            </Tab>
          ))}
        </TabList>
      }
    >
      <div className={styles.layout}>
        <WorldMap
          data={data}
          metricLabel={METRIC_LABELS[metric]}
          describe={describe}
          emptyText="No licenses"
          focus={rowHover}
          onHover={setMapHover}
          label={`World map of ${METRIC_LABELS[metric].toLowerCase()} by country: ${rows.map((row) => `${row.countryName} ${formatCount(row[metric])}`).join(', ')}`}
        />
        {/* It scrolls on its own, so keyboard users must be able to focus it (WCAG 2.1.1). */}
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Licenses by country, scrollable">
          <Table aria-label="Licenses by country" size="small" className={tableStyles.table}>
            <TableHeader>
              <TableRow className={styles.headerRow}>
                <TableHeaderCell>Country or region</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>Customers</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>Provisioned</TableHeaderCell>
                <TableHeaderCell className={styles.numberHeader}>Assigned</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow
                  key={row.countryCode}
                  className={mergeClasses(mapHover === row.countryCode && styles.hovered)}
                  onMouseEnter={() => setRowHover(row.countryCode)}
                  onMouseLeave={() => setRowHover(null)}
                  data-country={row.countryCode}
                >
                  <TableCell>{row.countryName}</TableCell>
                  <TableCell className={styles.number}>{formatCount(row.customers)}</TableCell>
                  <TableCell className={styles.number}>{formatCount(row.provisioned)}</TableCell>
                  <TableCell className={styles.number}>{formatCount(row.assigned)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </div>
    </WidgetCard>
  );
}
