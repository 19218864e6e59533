import { ApiError } from '../api/client';
import type { MessageKey } from '../i18n/catalogs';

// The API names invalid fields in English (problem+json `errors[]`); these are the evaluation rules'
// messages, read back into the catalog so a county reads them in its own language.
const known: Record<string, MessageKey> = {
  'a return needs a reason': 'evaluation.problems.returnReason',
  'yuan with at most two decimals': 'evaluation.problems.yuan',
  'a score is 0–100 with at most two decimals': 'evaluation.problems.score',
};

/**
 * The error of a field from a failed request's problem (`errors[].path` equal to `path`), in the user's
 * language when it is a known evaluation rule, as sent otherwise; undefined when the problem names no such field.
 */
export function evaluationFieldError(
  t: (key: MessageKey) => string,
  error: unknown,
  path: string,
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.problem.errors?.find((fieldError) => fieldError.path === path);
  if (!found) return undefined;
  const key = known[found.message];
  return key ? t(key) : found.message;
}
