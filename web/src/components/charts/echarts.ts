/**
 * ECharts, with only the parts LicenseHub draws: bar, line and map charts,
 * their axes, legends, tooltips and the map's colour scale, on the SVG
 * renderer (crisp at any zoom, and the shapes are in the DOM). Charts are
 * described to screen readers by the label of their element (EChart.tsx). Importing from
 * 'echarts/core' instead of 'echarts' keeps the rest out of the bundle; only
 * lazily loaded pages import this module.
 */
import { BarChart, LineChart, MapChart, type BarSeriesOption, type LineSeriesOption, type MapSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { init, registerMap, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { webLightTheme } from '@fluentui/react-components';

use([BarChart, LineChart, MapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export type Chart = EChartsType;
export type { BarSeriesOption, LineSeriesOption };
export type { ECElementEvent } from 'echarts';

export const createChart = (element: HTMLElement): Chart => init(element, undefined, { renderer: 'svg' });

export { registerMap };

/**
 * Fluent's colours and type as plain values: ECharts paints SVG attributes,
 * where Fluent's CSS variables would not resolve.
 */
export const chartTheme = {
  fontFamily: webLightTheme.fontFamilyBase,
  text: webLightTheme.colorNeutralForeground2,
  strongText: webLightTheme.colorNeutralForeground1,
  gridLine: webLightTheme.colorNeutralStroke2,
  axisLine: webLightTheme.colorNeutralStroke1,
  provisioned: webLightTheme.colorBrandBackground,
  assigned: '#2aa0a4',
  purchased: webLightTheme.colorBrandBackground,
  emptyArea: webLightTheme.colorNeutralBackground4,
  border: webLightTheme.colorNeutralStroke1,
  highlight: webLightTheme.colorPaletteMarigoldBackground3,
  /** The map's scale, from few licenses to many (Fluent's brand ramp). */
  scale: ['#cfe4fa', webLightTheme.colorBrandBackground, webLightTheme.colorBrandBackgroundPressed],
  tooltipBackground: webLightTheme.colorNeutralBackground1,
  tooltipBorder: webLightTheme.colorNeutralStroke1,
};

/** Shared look of every tooltip: Fluent's surface, type and shadow, kept inside the chart. */
export const tooltipStyle: TooltipComponentOption = {
  confine: true,
  backgroundColor: chartTheme.tooltipBackground,
  borderColor: chartTheme.tooltipBorder,
  borderWidth: 1,
  padding: [8, 12],
  textStyle: { color: chartTheme.strongText, fontFamily: chartTheme.fontFamily, fontSize: 12 },
  extraCssText: `box-shadow: ${webLightTheme.shadow8}; border-radius: ${webLightTheme.borderRadiusMedium};`,
};

/** Escapes text placed in a tooltip's HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
