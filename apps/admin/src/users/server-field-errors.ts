import { ApiError } from '../api/client';

/**
 * The field a 409 from the users API is about: the API says "This mobile number is already in use." or
 * "This login name is taken." without naming the field, so the message tells which.
 */
export function conflictField(error: unknown): 'username' | 'mobile' | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  return /mobile/i.test(error.message) ? 'mobile' : 'username';
}

/** Whether the server's refusal names a field of the form, so no general alert is needed. */
export function isFieldError(error: unknown, fields: readonly string[]): boolean {
  if (conflictField(error)) return true;
  if (!(error instanceof ApiError)) return false;
  return (error.problem.errors ?? []).some((fieldError) => fields.includes(fieldError.path));
}
