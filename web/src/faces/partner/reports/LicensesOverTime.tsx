import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { LicenseReport } from '../../../api/reports';
import { EChart } from '../../../components/charts/EChart';
import { chartTheme, tooltipStyle, type BarSeriesOption, type ChartOption, type LineSeriesOption } from '../../../components/charts/echarts';
import { choicesOf, isChoice } from '../../../components/choices';
import { formatCount, formatPeriod } from './reportView';
import { TrendIndicator } from './TrendIndicator';
import { WidgetCard } from './WidgetCard';

const useStyles = makeStyles({
  figures: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXXL },
  figure: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  figureLabel: { color: tokens.colorNeutralForeground2 },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
});

const CHART_KINDS = { bar: 'Bars', line: 'Lines' } as const;
type ChartKind = keyof typeof CHART_KINDS;

interface LicensesOverTimeProps {
  report: LicenseReport;
  versus: string;
  csvUrl: string;
}

/** Provisioned and assigned licenses at the end of each period, with the month-over-month change of each. */
export function LicensesOverTime({ report, versus, csvUrl }: LicensesOverTimeProps) {
  const styles = useStyles();
  const [kind, setKind] = useState<ChartKind>('bar');
  const option = useMemo<ChartOption>(() => {
    const axisText = { color: chartTheme.text, fontFamily: chartTheme.fontFamily, fontSize: 12 };
    const emphasis = { focus: 'series' } as const;
    const series = (name: string, data: number[]): BarSeriesOption | LineSeriesOption =>
      kind === 'bar'
        ? { type: 'bar', name, data, barMaxWidth: 28, barGap: '15%', emphasis }
        : { type: 'line', name, data, symbol: 'circle', symbolSize: 7, lineStyle: { width: 2.5 }, emphasis };
    return {
      animationDuration: 400,
      textStyle: { fontFamily: chartTheme.fontFamily },
      color: [chartTheme.provisioned, chartTheme.assigned],
      legend: { top: 0, left: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 12, itemGap: 20, textStyle: { ...axisText, color: chartTheme.strongText } },
      grid: { left: 4, right: 12, top: 40, bottom: 4, containLabel: true },
      tooltip: { ...tooltipStyle, trigger: 'axis', axisPointer: { type: kind === 'bar' ? 'shadow' : 'line' } },
      xAxis: {
        type: 'category',
        data: report.series.map((point) => formatPeriod(point.period)),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: chartTheme.axisLine } },
        axisLabel: axisText,
        boundaryGap: kind === 'bar',
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: axisText, splitLine: { lineStyle: { color: chartTheme.gridLine } } },
      series: [
        series('Licenses provisioned', report.series.map((point) => point.provisioned)),
        series('Licenses assigned', report.series.map((point) => point.assigned)),
      ],
    };
  }, [report.series, kind]);

  const last = report.series.at(-1);
  const label =
    `Licenses provisioned and assigned by ${report.range.granularity}, ${formatPeriod(report.range.from)} to ${formatPeriod(report.range.to)}` +
    (last ? `; at the end: ${formatCount(last.provisioned)} provisioned, ${formatCount(last.assigned)} assigned.` : '.');

  return (
    <WidgetCard
      title="Licenses provisioned vs assigned"
      description={`At the end of each ${report.range.granularity}, across the offers, plans and customers you chose.`}
      csvUrl={csvUrl}
      actions={
        <TabList size="small" selectedValue={kind} onTabSelect={(_, data) => isChoice(CHART_KINDS, data.value) && setKind(data.value)} aria-label="Chart type">
          {choicesOf(CHART_KINDS).map((chartKind) => (
            <Tab key={chartKind} value={chartKind}>
              {CHART_KINDS[chartKind]}
            </Tab>
          ))}
        </TabList>
      }
    >
      <div className={styles.figures}>
        {(
          [
            ['Licenses provisioned', report.provisioned],
            ['Licenses assigned', report.assigned],
          ] as const
        ).map(([name, trend]) => (
          <div key={name} className={styles.figure} role="group" aria-label={name}>
            <Text size={200} className={styles.figureLabel}>
              {name}
            </Text>
            <Text className={styles.value} data-testid={`figure-${name}`}>
              {formatCount(trend.current)}
            </Text>
            <TrendIndicator trend={trend} versus={versus} />
          </div>
        ))}
      </div>
      <EChart option={option} height={300} label={label} />
    </WidgetCard>
  );
}
