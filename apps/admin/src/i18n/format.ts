import type { Locale } from './catalogs';

/** A date and time for people, e.g. `2025年3月1日 14:05` or `Mar 1, 2025, 2:05 PM`; empty for a missing value. */
export function formatDateTime(value: string | Date | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
