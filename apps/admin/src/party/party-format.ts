import { ApiError } from '../api/client';
import type { MessageArgs, MessageKey } from '../i18n/catalogs';
import { localizePartyProblem } from './party-problems';

/** Fen as yuan with two decimals, e.g. 2050 → `20.50` (integer arithmetic, no float rounding). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Typed yuan (`20.5`, `20.50`, `20`) as integer fen, or undefined when it is not an amount. */
export function fenOf(text: string): number | undefined {
  const match = /^\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Today in China, `YYYY-MM-DD`, as the API counts days. */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

type Translate = (key: MessageKey, args?: MessageArgs) => string;

/** An API message in the user's language when it is a known party rule, as sent otherwise. */
export function problemText(t: Translate, message: string): string {
  const localized = localizePartyProblem(message);
  return localized ? t(localized.key, localized.args) : message;
}

/** The localized error of a field from a failed request's problem, if it names that field. */
export function fieldError(t: Translate, error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.problem.errors?.find((fieldError) => fieldError.path === path);
  return found ? problemText(t, found.message) : undefined;
}

/** The message of a failed request, for a toast. */
export function errorMessage(error: unknown): string | undefined {
  return error instanceof Error ? error.message : undefined;
}
