import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { useEffect, useRef, type RefObject } from 'react';
import { createChart, type Chart, type ChartOption, type ECElementEvent } from './echarts';

const useStyles = makeStyles({
  root: { width: '100%', minWidth: 0 },
});

const CHART_EVENTS = ['mouseover', 'mouseout', 'globalout', 'click'] as const;

/** Chart events this wrapper forwards, e.g. `mouseover` on a map region (params.name). */
export type ChartEvents = Partial<Record<(typeof CHART_EVENTS)[number], (params: { name?: string; seriesIndex?: number; dataIndex?: number }) => void>>;

interface EChartProps {
  option: ChartOption;
  /** CSS height of the drawing area; the width follows the container. */
  height: number | string;
  /** What the chart shows, for screen readers (the figures are also in a table or text nearby). */
  label: string;
  events?: ChartEvents;
  /** Receives the ECharts instance, e.g. to highlight a region from outside. */
  chartRef?: RefObject<Chart | null>;
  className?: string;
}

/** One ECharts chart: created on mount, redrawn when the option changes, resized with its container, disposed on unmount. */
export function EChart({ option, height, label, events, chartRef, className }: EChartProps) {
  const styles = useStyles();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const latestOption = useRef(option);
  latestOption.current = option;

  useEffect(() => {
    const instance = createChart(element.current!);
    chart.current = instance;
    if (chartRef) chartRef.current = instance;
    instance.setOption(latestOption.current, { notMerge: true });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      if (chartRef) chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !events) return;
    const entries = CHART_EVENTS.flatMap((name) => {
      const handle = events[name];
      return handle ? [[name, (params: ECElementEvent) => handle(params)] as const] : [];
    });
    for (const [name, handler] of entries) instance.on(name, handler);
    return () => {
      for (const [name, handler] of entries) instance.off(name, handler);
    };
  }, [events]);

  return <div ref={element} className={mergeClasses(styles.root, className)} style={{ height }} role="img" aria-label={label} data-chart="echarts" />;
}
