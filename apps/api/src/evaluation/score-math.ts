import { InputError } from '@cunshe/errors';

/**
 * Exact five-goods arithmetic. Weights are integer basis points (1/10000) and item scores hundredths of a
 * point, so a total is Σ criterionWeight × itemWeight × score over 10^10: an integer numerator, computed in
 * BigInt and written with ten decimals, which `numeric(20,10)` keeps exactly. No float is ever involved.
 */

/** A score such as `87.5` or `100` (0–100, at most two decimals). */
export const SCORE_PATTERN = /^(?:100(?:\.0{1,2})?|\d{1,2}(?:\.\d{1,2})?)$/;

const TOTAL_SCALE = 10;

/** A score string in hundredths of a point. @throws InputError when it is not 0–100 with two decimals. */
export function hundredthsOf(score: string): number {
  if (!SCORE_PATTERN.test(score))
    throw new InputError(`A score is 0–100 with at most two decimals: ${score}`);
  const [whole = '0', fraction = ''] = score.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** One sub-item as the total needs it. */
export interface WeightedItem {
  id: string;
  weightBp: number;
  criterionWeightBp: number;
}

/** The exact total (0–100) of item scores (by item id, as strings) under a rubric, with ten decimals. */
export function totalScore(items: readonly WeightedItem[], scores: ReadonlyMap<string, string>): string {
  let numerator = 0n;
  for (const item of items) {
    const score = scores.get(item.id);
    if (score === undefined) continue;
    numerator += BigInt(item.criterionWeightBp) * BigInt(item.weightBp) * BigInt(hundredthsOf(score));
  }
  return formatScaled(numerator, TOTAL_SCALE);
}

function formatScaled(value: bigint, scale: number): string {
  const digits = value.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** A stored decimal without its trailing zeros, keeping at least two decimals (`85.5000000000` → `85.50`). */
export function displayScore(value: string | null): string | null {
  if (value === null) return null;
  const [whole = '0', fraction = ''] = value.split('.');
  const trimmed = fraction.replace(/0+$/, '').padEnd(2, '0');
  return `${whole}.${trimmed}`;
}
