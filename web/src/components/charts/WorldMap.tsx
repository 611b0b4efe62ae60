import { makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { EChart, type ChartEvents } from './EChart';
import { chartTheme, escapeHtml, tooltipStyle, type Chart, type ChartOption } from './echarts';
import { equalEarth, equalEarthInverse, ensureWorldMap, WORLD_MAP } from './worldMap';

const useStyles = makeStyles({
  // The world without Antarctica is about 2.3 times as wide as high; the rest of the frame holds the colour scale.
  frame: { width: '100%', aspectRatio: '2 / 1', minHeight: '220px' },
});

export interface MapDatum {
  /** ISO 3166-1 alpha-2. */
  code: string;
  value: number;
}

export interface RegionDescription {
  title: string;
  /** Label and value lines under the title. */
  lines: [string, string][];
}

interface WorldMapProps {
  data: MapDatum[];
  /** What `value` counts, e.g. "Licenses provisioned"; labels the colour scale. */
  metricLabel: string;
  /** The tooltip of a region with data; others say the region has none. */
  describe(code: string): RegionDescription | undefined;
  /** What a region without data says, e.g. "No licenses". */
  emptyText: string;
  /** A region to highlight (with its tooltip) from outside, e.g. while its table row is hovered. */
  focus?: string | null;
  onHover?(code: string | null): void;
  label: string;
}

const tooltipHtml = ({ title, lines }: RegionDescription) =>
  `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>` +
  lines.map(([label, value]) => `<div style="display:flex;justify-content:space-between;gap:16px"><span>${escapeHtml(label)}</span><b>${escapeHtml(value)}</b></div>`).join('');

/** A choropleth world map: each country coloured by its value on a scale from light to dark, with a tooltip. */
export function WorldMap({ data, metricLabel, describe, emptyText, focus, onHover, label }: WorldMapProps) {
  const styles = useStyles();
  const chart = useRef<Chart | null>(null);
  const names = useMemo(() => ensureWorldMap(), []);
  const describeRef = useRef(describe);
  describeRef.current = describe;

  const option = useMemo<ChartOption>(() => {
    const max = Math.max(1, ...data.map((d) => d.value));
    return {
      textStyle: { fontFamily: chartTheme.fontFamily },
      tooltip: {
        ...tooltipStyle,
        trigger: 'item',
        formatter: (params) => {
          // A map's item tooltip is about one region (ECharts passes a list only for axis tooltips).
          const name = (Array.isArray(params) ? params[0]?.name : params.name) ?? '';
          const description = describeRef.current(name);
          if (description) return tooltipHtml(description);
          return tooltipHtml({ title: names.get(name) ?? name.replace(/^~/, ''), lines: [[emptyText, '']] });
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max,
        orient: 'horizontal',
        left: 'left',
        bottom: 0,
        itemWidth: 10,
        itemHeight: 140,
        calculable: false,
        realtime: false,
        text: [max.toLocaleString(), `0 ${metricLabel.toLowerCase()}`],
        textGap: 8,
        textStyle: { color: chartTheme.text, fontFamily: chartTheme.fontFamily, fontSize: 12 },
        inRange: { color: chartTheme.scale },
      },
      series: [
        {
          type: 'map',
          map: WORLD_MAP,
          projection: { project: equalEarth, unproject: equalEarthInverse },
          roam: false,
          selectedMode: false,
          // Top and bottom fix the height; the width follows the map's own proportions, centred.
          top: 0,
          bottom: 36,
          left: 'center',
          itemStyle: { areaColor: chartTheme.emptyArea, borderColor: '#ffffff', borderWidth: 0.6 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: chartTheme.highlight } },
          label: { show: false },
          data: data.map((d) => ({ name: d.code, value: d.value })),
        },
      ],
    };
  }, [data, metricLabel, emptyText, names]);

  const events = useMemo<ChartEvents | undefined>(
    () =>
      onHover && {
        mouseover: (params) => onHover(params.name && !params.name.startsWith('~') ? params.name : null),
        mouseout: () => onHover(null),
        globalout: () => onHover(null),
      },
    [onHover],
  );

  useEffect(() => {
    const instance = chart.current;
    if (!instance || instance.isDisposed()) return;
    instance.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    if (focus) {
      instance.dispatchAction({ type: 'highlight', seriesIndex: 0, name: focus });
      instance.dispatchAction({ type: 'showTip', seriesIndex: 0, name: focus });
    } else {
      instance.dispatchAction({ type: 'hideTip' });
    }
  }, [focus]);

  return (
    <div className={styles.frame}>
      <EChart option={option} height="100%" label={label} events={events} chartRef={chart} />
    </div>
  );
}
