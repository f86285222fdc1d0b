// Apache ECharts, tree-shaken: only the chart types and components the portal draws are bundled.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use as registerParts, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { useEffect, useRef } from 'react';

registerParts([
  BarChart,
  LineChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/**
 * One chart on a canvas. ECharts' aria module writes a description of the data into the
 * container's `aria-label`, so a screen reader hears the numbers the chart draws.
 */
export function Chart({
  option,
  title,
  height = 300,
}: {
  option: ChartOption;
  /** Said first in the description. */
  title: string;
  height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  useEffect(() => {
    const container = element.current;
    if (!container) return;
    const instance = init(container, undefined, { renderer: 'canvas', locale: 'ZH' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(
      { aria: { enabled: true, label: { general: { withoutTitle: `${title}。` } } }, ...option },
      { notMerge: true },
    );
  }, [option, title]);
  return <div ref={element} role="img" data-chart={title} style={{ height }} />;
}
