import { describe, expect, it } from 'vitest';
import { chartHeight, chartOption, chartPalette } from './chart-options';
import type { FigureRow } from './dashboard-figures';

const rows: FigureRow[] = [
  { key: '361003100', label: '孝岗镇', value: 20000.17, text: '20000.17' },
  { key: '361003107', label: '黎圩镇', value: 10, text: '10.00' },
];

type Labelled = { formatter: (item: { dataIndex: number }) => string };
type Option = {
  color: string[];
  tooltip: Labelled & { renderMode: string };
  grid?: { right: number };
  series: { type: string; colorBy?: string; label: Labelled; data: unknown[] }[];
};

describe('chart options', () => {
  it("labels bars and tooltips with each row's exact text, not the drawn float", () => {
    const option = chartOption('hbar', rows) as unknown as Option;
    const [series] = option.series;
    expect(series?.data).toEqual([20000.17, 10]);
    expect(series?.label.formatter({ dataIndex: 1 })).toBe('10.00');
    expect(option.tooltip.formatter({ dataIndex: 0 })).toBe('孝岗镇: 20000.17');
    expect(option.tooltip.renderMode).toBe('richText');
  });

  it('leaves room right of bars across for the longest value', () => {
    const option = chartOption('hbar', rows) as unknown as Option;
    expect(option.grid?.right).toBe(16 + 7 * '20000.17'.length);
    expect((chartOption('bar', rows) as unknown as Option).grid?.right).toBe(16);
  });

  it('colours bars across alike unless each row has its own colour', () => {
    expect((chartOption('hbar', rows) as unknown as Option).series[0]?.colorBy).toBe('series');
    const typed = chartOption('hbar', rows, ['#1d4ed8', '#15803d']) as unknown as Option;
    expect(typed.series[0]?.colorBy).toBe('data');
    expect(typed.color).toEqual(['#1d4ed8', '#15803d']);
    expect((chartOption('pie', rows) as unknown as Option).color).toEqual(chartPalette);
  });

  it('grows bars across with their rows', () => {
    expect(chartHeight('hbar', 19)).toBe(19 * 30 + 40);
    expect(chartHeight('hbar', 1)).toBe(120);
    expect(chartHeight('pie', 4)).toBe(260);
  });
});
