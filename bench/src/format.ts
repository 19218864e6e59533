/** A number with thousands separators and `digits` decimals. */
export function num(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Milliseconds as `850 ms` or `12.3 s`. */
export function ms(value: number): string {
  return value < 10_000 ? `${num(value, value < 10 ? 2 : 0)} ms` : `${num(value / 1000, 1)} s`;
}

/** Bytes as KB (1,000 bytes: the unit budgets like "60 KB gzip" use). */
export function kb(bytes: number): string {
  return `${num(bytes / 1000, 1)} KB`;
}

/** Peak resident memory of this process so far, in MB (`maxRSS` is in kilobytes on Linux). */
export function peakMemoryMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Renders rows as a Markdown table, columns padded to line up in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
