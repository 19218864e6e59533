import { InputError } from '@cunshe/errors';

/** Yuan to the fen: `1234.5` or `1234.56`, no sign, at most a hundred million yuan. */
export const YUAN_PATTERN = /^\d{1,9}(?:\.\d{1,2})?$/;

/** A yuan amount as integer fen, parsed from its digits (never through a float). @throws InputError */
export function fenOf(yuan: string): number {
  if (!YUAN_PATTERN.test(yuan)) throw new InputError(`An amount is yuan with at most two decimals: ${yuan}`);
  const [whole = '0', fraction = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Integer fen as a yuan string with two decimals (`123456` → `1234.56`). */
export function yuanOf(fen: number): string {
  const digits = String(fen).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
