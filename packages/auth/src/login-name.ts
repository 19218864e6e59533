/** A mainland China mobile number: 11 digits, `1`, then 3-9. Users may log in with it instead of the name. */
export const MOBILE_NUMBER = /^1[3-9]\d{9}$/;

/**
 * A login name: 2-32 characters, lowercase letters, digits, `.`, `_` and `-`, starting with a letter, so
 * it can never be mistaken for a mobile number.
 */
export const USERNAME = /^[a-z][a-z0-9._-]{1,31}$/;

/** The form a login name is stored and compared in: NFC, trimmed, lowercase. */
export function normalizeLoginName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/** Whether a typed login identifier is a mobile number (otherwise it is a login name). */
export function isMobileNumber(identifier: string): boolean {
  return MOBILE_NUMBER.test(identifier);
}
