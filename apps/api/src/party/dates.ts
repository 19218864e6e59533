// Counties are in China: "today" is the date in China Standard Time (@cunshe/forms owns the rule).
export { todayInChina } from '@cunshe/forms';

/** `date` (`YYYY-MM-DD`) moved by whole months, clamped to the month's last day (`2025-01-31` + 1 = `2025-02-28`). */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** `date` moved by whole days. */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
