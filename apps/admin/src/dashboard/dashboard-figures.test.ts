import { describe, expect, it } from 'vitest';
import { catalogs, type MessageArgs, type MessageKey } from '../i18n/catalogs';
import { countRows, figuresLabel, formatDuration, hasFigures, percent } from './dashboard-figures';

/** The zh-CN catalog's message with its placeholders filled, as the app's `t` does. */
function t(key: MessageKey, args: MessageArgs = {}): string {
  const message = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogs['zh-CN']);
  return String(message).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(args[name]));
}

describe('dashboard figures', () => {
  it('lists every key in order, zeros included, and calls a chart of zeros empty', () => {
    const rows = countRows(['industrial', 'suburban', 'none'], { none: 5, industrial: 1 }, (k) =>
      k.toUpperCase(),
    );
    expect(rows).toEqual([
      { key: 'industrial', label: 'INDUSTRIAL', value: 1, text: '1' },
      { key: 'suburban', label: 'SUBURBAN', value: 0, text: '0' },
      { key: 'none', label: 'NONE', value: 5, text: '5' },
    ]);
    expect(hasFigures(rows)).toBe(true);
    expect(hasFigures(countRows(['a'], {}, String))).toBe(false);
  });

  it('reads ratios as percentages with one decimal', () => {
    expect(percent(1 / 3)).toBe('33.3%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
    expect(percent(null)).toBeNull();
  });

  it('reads a waiting time in days, hours or minutes', () => {
    expect(formatDuration(2 * 86_400 + 5 * 3600 + 59, t)).toBe('2 天 5 小时');
    expect(formatDuration(7200 + 30 * 60, t)).toBe('2 小时 30 分');
    expect(formatDuration(20 * 60 + 29, t)).toBe('20 分钟');
    expect(formatDuration(5, t)).toBe('1 分钟');
  });

  it('tells a screen reader every figure of a chart', () => {
    const rows = countRows(['a', 'b'], { a: 2, b: 0 }, (k) => `类${k}`);
    expect(figuresLabel('村庄类型', rows, t)).toBe('村庄类型：类a 2，类b 0');
  });
});
