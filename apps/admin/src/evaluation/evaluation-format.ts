/**
 * Exact formatting for the evaluation pages: weights are integer basis points (1/10000) and money integer
 * fen, so the pages turn typed text into integers by their digits, never through a float.
 */

/** Basis points as a percentage: 2000 → `20`, 1750 → `17.5`, 3333 → `33.33`. */
export function percentOfBp(bp: number): string {
  const whole = Math.floor(bp / 100);
  const fraction = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** A typed percentage (`20`, `17.5`, `33.33`) as basis points, or undefined when it is not 0–100 with two decimals. */
export function bpOfPercent(text: string): number | undefined {
  const match = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return undefined;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : undefined;
}

/** Yuan to the fen as the API takes it: no sign, at most two decimals (`1234.5`). */
export const YUAN_PATTERN = /^\d{1,9}(?:\.\d{1,2})?$/;

/** Typed yuan as integer fen (`20000.07` → 2000007), or undefined when it is not an amount. */
export function fenOfYuan(text: string): number | undefined {
  const trimmed = text.trim();
  if (!YUAN_PATTERN.test(trimmed)) return undefined;
  const [whole = '0', fraction = ''] = trimmed.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Integer fen as yuan with thousands separators and two decimals: 2000007 → `20,000.07`. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** A score is 0–100 with at most two decimals, as the API takes it. */
export const SCORE_PATTERN = /^(?:100(?:\.0{1,2})?|\d{1,2}(?:\.\d{1,2})?)$/;

/** Whether a typed score is one the API takes. */
export function isScore(text: string): boolean {
  return SCORE_PATTERN.test(text.trim());
}

/** Each township's funding summed in integer fen, in the order the townships first appear. */
export function townshipTotals(
  funding: readonly { townshipName: string; amountFen: number }[],
): { townshipName: string; fen: number }[] {
  const totals = new Map<string, number>();
  for (const row of funding)
    totals.set(row.townshipName, (totals.get(row.townshipName) ?? 0) + row.amountFen);
  return [...totals].map(([townshipName, fen]) => ({ townshipName, fen }));
}
