import { markdownTable, num } from './format';

/** One line of the benchmark table: our figure, the baseline's, their ratio, and the target. */
export interface Row {
  benchmark: string;
  ours: string;
  baseline: string;
  /** ours / baseline; null when there is no baseline. */
  ratio: number | null;
  /** e.g. `>= 0.70x`; checked against `ratio`. */
  target?: string | undefined;
}

function meets(ratio: number, target: string): boolean {
  const match = /^(>=|<=)\s*([\d.]+)x$/.exec(target);
  if (!match) return true;
  const bound = Number(match[2]);
  return match[1] === '>=' ? ratio >= bound : ratio <= bound;
}

/** The table `pnpm bench` prints: one row per figure, with a verdict where the issue sets a target. */
export function renderTable(rows: readonly Row[]): string {
  return markdownTable(
    ['benchmark', 'ours', 'baseline', 'ratio', 'target'],
    rows.map((row) => [
      row.benchmark,
      row.ours,
      row.baseline,
      row.ratio === null ? '' : `${num(row.ratio, 2)}x`,
      row.target
        ? `${row.target} ${row.ratio !== null && meets(row.ratio, row.target) ? 'met' : 'NOT MET'}`
        : '',
    ]),
  );
}
