import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { LicenseReport } from '../../../api/reports';
import { EChart } from '../../../components/charts/EChart';
import { chartTheme, tooltipStyle, type ChartOption } from '../../../components/charts/echarts';
import { currentMonth, formatCount, formatPeriod } from './reportView';
import { TrendIndicator } from './TrendIndicator';
import { WidgetCard } from './WidgetCard';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column' },
  value: { fontSize: tokens.fontSizeHero900, lineHeight: tokens.lineHeightHero900, fontWeight: tokens.fontWeightSemibold },
  label: { color: tokens.colorNeutralForeground2 },
  figure: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  spark: { marginTop: 'auto' },
});

/** Customers holding at least one license at the end of the range, the change from the month before, and the count over time. */
export function CustomersCard({ report, versus, csvUrl }: { report: LicenseReport; versus: string; csvUrl: string }) {
  const styles = useStyles();
  const option = useMemo<ChartOption>(
    () => ({
      animationDuration: 400,
      textStyle: { fontFamily: chartTheme.fontFamily },
      grid: { left: 0, right: 0, top: 8, bottom: 0, containLabel: false },
      tooltip: { ...tooltipStyle, trigger: 'axis' },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: report.series.map((point) => formatPeriod(point.period)) },
      yAxis: { type: 'value', show: false, min: 0, minInterval: 1 },
      series: [
        {
          type: 'line',
          name: 'Customers',
          data: report.series.map((point) => point.customers),
          symbol: 'none',
          lineStyle: { width: 2, color: chartTheme.provisioned },
          areaStyle: { color: chartTheme.scale[0], opacity: 0.8 },
          color: chartTheme.provisioned,
        },
      ],
    }),
    [report.series],
  );
  return (
    <WidgetCard
      title="Customers"
      description="With at least one license provisioned."
      csvUrl={csvUrl}
      className={styles.card}
    >
      <div className={styles.figure} role="group" aria-label="Customers now">
        <Text className={styles.value} data-testid="figure-Customers">
          {formatCount(report.customers.current)}
        </Text>
        <Text className={styles.label} size={200}>
          {report.range.to === currentMonth() ? 'today' : `at the end of ${formatPeriod(report.range.to)}`}
        </Text>
        <TrendIndicator trend={report.customers} versus={versus} />
      </div>
      <EChart
        className={styles.spark}
        option={option}
        height={150}
        label={`Customers by ${report.range.granularity}: ${report.series.map((point) => `${formatPeriod(point.period)} ${point.customers}`).join(', ')}`}
      />
    </WidgetCard>
  );
}
