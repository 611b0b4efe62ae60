import { Avatar, makeStyles, Tab, TabList, Table, TableBody, TableCell, TableCellLayout, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { getProductUsage, type ProductUsage, type UsageMonths } from '../../../api/reports';
import { choicesOf, isChoice } from '../../../components/choices';
import { EChart } from '../../../components/charts/EChart';
import { chartTheme, tooltipStyle, type ChartOption } from '../../../components/charts/echarts';
import { useDataTableStyles } from '../../../components/dataTable';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatDate } from '../../../components/formatting';
import { LoadingState } from '../../../components/LoadingState';
import { RouterLink } from '../../../components/RouterLink';
import { Section } from '../../../components/Section';
import { useApiResource } from '../../../components/useApiResource';
import { useSession } from '../../../session/SessionContext';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  subtitle: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  scroll: { maxHeight: '240px', overflowY: 'auto' },
  headerRow: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground1, zIndex: 1 },
  allActive: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2, paddingTop: tokens.spacingVerticalS },
  ok: { color: tokens.colorPaletteGreenForeground1, fontSize: '20px', display: 'flex' },
  never: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' });
const formatMonth = (period: string) => monthFormat.format(new Date(`${period}-01T00:00:00Z`));

const USAGE_PERIODS: Record<UsageMonths, string> = { '6': '6 months', '12': '12 months' };

/**
 * Admin Center → a product's usage: purchased and assigned licenses at the end
 * of each month, and who holds a license but hasn't opened the app lately, so
 * an admin can give those seats to someone who will.
 */
/** `version` (the product's updatedAt) changes with every assignment: the numbers are read again, never stale. */
export default function ProductUsageSection({ planId, productName, version }: { planId: string; productName: string; version: string }) {
  const styles = useStyles();
  const session = useSession();
  const [months, setMonths] = useState<UsageMonths>('6');
  const usage = useApiResource((signal) => getProductUsage(session.tenant.id, planId, months, signal), [session.tenant.id, planId, months, version]);

  return (
    <Section
      title="Usage"
      className={styles.section}
      actions={
        <TabList size="small" selectedValue={months} onTabSelect={(_, data) => isChoice(USAGE_PERIODS, data.value) && setMonths(data.value)} aria-label="Usage period">
          {choicesOf(USAGE_PERIODS).map((period) => (
            <Tab key={period} value={period}>
              {USAGE_PERIODS[period]}
            </Tab>
          ))}
        </TabList>
      }
    >
      <ErrorMessage error={usage.error} title="Couldn't load the usage" />
      {!usage.data && usage.loading && <LoadingState label="Loading usage…" />}
      {usage.data && <UsageBody usage={usage.data} productName={productName} />}
    </Section>
  );
}

function UsageBody({ usage, productName }: { usage: ProductUsage; productName: string }) {
  const styles = useStyles();
  const tableStyles = useDataTableStyles();
  const option = useMemo<ChartOption>(() => {
    const axisText = { color: chartTheme.text, fontFamily: chartTheme.fontFamily, fontSize: 11 };
    const line = { type: 'line' as const, symbol: 'circle', symbolSize: 6, lineStyle: { width: 2 } };
    return {
      animationDuration: 300,
      textStyle: { fontFamily: chartTheme.fontFamily },
      color: [chartTheme.purchased, chartTheme.assigned],
      legend: { top: 0, left: 0, icon: 'roundRect', itemWidth: 10, itemHeight: 10, textStyle: { ...axisText, fontSize: 12, color: chartTheme.strongText } },
      grid: { left: 4, right: 8, top: 32, bottom: 4, containLabel: true },
      tooltip: { ...tooltipStyle, trigger: 'axis' },
      xAxis: { type: 'category', data: usage.series.map((p) => formatMonth(p.period)), axisTick: { show: false }, axisLabel: axisText, axisLine: { lineStyle: { color: chartTheme.axisLine } } },
      yAxis: { type: 'value', min: 0, minInterval: 1, axisLabel: axisText, splitLine: { lineStyle: { color: chartTheme.gridLine } } },
      series: [
        { ...line, name: 'Purchased', data: usage.series.map((p) => p.purchased) },
        { ...line, name: 'Assigned', data: usage.series.map((p) => p.assigned), areaStyle: { opacity: 0.12 } },
      ],
    };
  }, [usage.series]);
  const last = usage.series.at(-1);
  const inactive = usage.inactiveUsers;

  return (
    <div className={styles.layout}>
      <div className={styles.column}>
        <Text as="h3" weight="semibold" className={styles.subtitle}>
          Assigned vs purchased
        </Text>
        <EChart
          option={option}
          height={220}
          label={`${productName}: licenses purchased and assigned at the end of each month, ${usage.series.map((p) => `${formatMonth(p.period)} ${p.assigned} of ${p.purchased}`).join(', ')}`}
        />
        {last && (
          <Text className={styles.muted}>
            Now {last.assigned.toLocaleString()} of {last.purchased.toLocaleString()} assigned.
          </Text>
        )}
      </div>
      <div className={styles.column}>
        <Text as="h3" weight="semibold" className={styles.subtitle}>
          {`Not opened in ${usage.inactiveDays} days (${inactive.length.toLocaleString()})`}
        </Text>
        {inactive.length === 0 ? (
          <span className={styles.allActive}>
            <span className={styles.ok} aria-hidden>
              <CheckmarkCircleRegular />
            </span>
            Everyone who has held a license for {usage.inactiveDays} days or more opened the app in that time.
          </span>
        ) : (
          <>
            <Text className={styles.muted}>
              {inactive.length === 1 ? "1 user holds a license but hasn't" : `${inactive.length.toLocaleString()} users hold a license but haven't`} opened {productName} in the
              last {usage.inactiveDays} days. Unassign them to free the seats for someone else.
            </Text>
            <div className={styles.scroll}>
              <Table aria-label="Users who haven't opened the app" size="small" className={tableStyles.table}>
                <TableHeader>
                  <TableRow className={styles.headerRow}>
                    <TableHeaderCell>User</TableHeaderCell>
                    <TableHeaderCell>Assigned since</TableHeaderCell>
                    <TableHeaderCell>Last launched</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {inactive.map((user) => (
                    <TableRow key={user.userId}>
                      <TableCell>
                        <TableCellLayout media={<Avatar name={user.displayName} size={24} color="colorful" />}>
                          <RouterLink to={`/admin/users/${user.userId}`}>{user.displayName}</RouterLink>
                          <Text block className={styles.muted}>
                            {user.userPrincipalName}
                          </Text>
                        </TableCellLayout>
                      </TableCell>
                      <TableCell>{formatDate(user.assignedSince)}</TableCell>
                      <TableCell>{user.lastLaunchedAt ? formatDate(user.lastLaunchedAt) : <Text className={styles.never}>Never</Text>}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
