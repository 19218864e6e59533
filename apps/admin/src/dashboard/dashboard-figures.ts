import type { MessageArgs, MessageKey } from '../i18n/catalogs';

/** One figure of a chart and of its table: a category, its count (or amount) and how the table shows it. */
export interface FigureRow {
  key: string;
  label: string;
  value: number;
  /** The value as the table and the screen reader read it, e.g. `3` or `20000.17` (exact yuan). */
  text: string;
  /** Where the row's label links to, e.g. a village's page or a township's drill-down. */
  href?: string;
}

type Translate = (key: MessageKey, args?: MessageArgs) => string;

/** Rows of counts in a fixed key order (every key shown, zeros too), labelled by `labelOf`. */
export function countRows(
  keys: readonly string[],
  counts: Record<string, number>,
  labelOf: (key: string) => string,
): FigureRow[] {
  return keys.map((key) => {
    const value = counts[key] ?? 0;
    return { key, label: labelOf(key), value, text: String(value) };
  });
}

/** Whether rows hold anything to draw (a chart of zeros is an empty state, not a flat line). */
export function hasFigures(rows: readonly FigureRow[]): boolean {
  return rows.some((row) => row.value > 0);
}

/** A ratio (0..1) as a percentage with one decimal, e.g. 0.3333 → `33.3%`; null stays null. */
export function percent(ratio: number | null): string | null {
  return ratio === null ? null : `${Math.round(ratio * 1000) / 10}%`;
}

/**
 * Whole seconds as people read a waiting time: days and hours from one day, hours and minutes from one
 * hour, otherwise minutes (at least 1, so a quick answer never reads as "0 minutes").
 */
export function formatDuration(seconds: number, t: Translate): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days >= 1) return t('dashboard.duration.days', { days, hours: hours % 24 });
  if (hours >= 1) return t('dashboard.duration.hours', { hours, minutes: minutes % 60 });
  return t('dashboard.duration.minutes', { minutes: Math.max(1, Math.round(seconds / 60)) });
}

/** What a screen reader hears for a chart: its title, then every category with its figure. */
export function figuresLabel(title: string, rows: readonly FigureRow[], t: Translate): string {
  const figures = rows
    .map((row) => t('dashboard.chart.item', { label: row.label, value: row.text }))
    .join(t('dashboard.chart.separator'));
  return t('dashboard.chart.figures', { title, figures });
}
