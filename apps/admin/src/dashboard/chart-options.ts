import type { EChartsCoreOption } from 'echarts/core';
import type { FigureRow } from './dashboard-figures';

/** How a chart draws its rows: columns, bars across (long labels, many rows), or a ring. */
export type ChartKind = 'bar' | 'hbar' | 'pie';

/**
 * Colours in the admin's palette, each with a contrast of at least 3:1 against white (WCAG 2.2 1.4.11 for
 * graphics), in an order where neighbours differ in lightness as well as hue.
 */
export const chartPalette = ['#b4232a', '#2563eb', '#1a7f37', '#9a6700', '#7c3aed', '#0e7490', '#5c6571'];

const text = { color: '#1d2127', fontSize: 12 };
const muted = '#5c6571';

/** The pixel height a chart of `count` rows needs: bars across grow with their rows. */
export function chartHeight(kind: ChartKind, count: number): number {
  if (kind === 'hbar') return Math.max(120, count * 30 + 40);
  return kind === 'pie' ? 260 : 240;
}

/**
 * The ECharts option drawing `rows` as a chart of `kind`. Given `colors` (one per row, e.g. each village
 * type's own), every bar or slice takes its row's; otherwise slices and columns take the palette in turn
 * and bars across share its first colour. Labels and tooltips read each row's `text`, so money shows as
 * exact yuan (`15000.50`), not the float the bar is drawn with.
 */
export function chartOption(
  kind: ChartKind,
  rows: readonly FigureRow[],
  colors?: readonly string[],
): EChartsCoreOption {
  const textOf = (item: { dataIndex: number }) => rows[item.dataIndex]?.text ?? '';
  const tooltip = {
    trigger: 'item',
    confine: true,
    // Drawn as text in the chart, not HTML, so a name is never read as markup.
    renderMode: 'richText',
    formatter: (item: { dataIndex: number }) => `${rows[item.dataIndex]?.label ?? ''}: ${textOf(item)}`,
  };
  if (kind === 'pie') {
    return {
      color: [...(colors ?? chartPalette)],
      tooltip,
      legend: { bottom: 0, type: 'plain', textStyle: text, itemGap: 12 },
      series: [
        {
          type: 'pie',
          radius: ['38%', '66%'],
          center: ['50%', '42%'],
          label: { formatter: textOf, ...text },
          data: rows.map((row) => ({ name: row.label, value: row.value })),
        },
      ],
    };
  }
  const categories = {
    type: 'category',
    data: rows.map((row) => row.label),
    axisLabel: text,
    axisTick: { show: false },
  };
  const values = {
    type: 'value',
    minInterval: 1,
    axisLabel: { color: muted },
    splitLine: { lineStyle: { color: '#e1e4e8' } },
  };
  const isAcross = kind === 'hbar';
  return {
    color: [...(colors ?? chartPalette)],
    tooltip,
    // A bar across carries its value past its end; leave that room (outerBounds counts axis labels only).
    grid: {
      left: 8,
      right: isAcross ? 16 + 7 * Math.max(0, ...rows.map((row) => row.text.length)) : 16,
      top: 16,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: isAcross ? values : { ...categories, axisLabel: { ...text, interval: 0, hideOverlap: true } },
    yAxis: isAcross ? { ...categories, inverse: true } : values,
    series: [
      {
        type: 'bar',
        colorBy: isAcross && !colors ? 'series' : 'data',
        barMaxWidth: 28,
        label: { show: true, position: isAcross ? 'right' : 'top', formatter: textOf, ...text },
        data: rows.map((row) => row.value),
      },
    ],
  };
}
