import { toHalfWidth } from './half-width';

/** Why a text is not a mainland mobile number. */
export type MobileNumberProblem = 'empty' | 'format';

/** The outcome of {@link parseMobileNumber}: the 11-digit number, or why it is not one. */
export type MobileNumberResult =
  | { isValid: true; value: string }
  | { isValid: false; problem: MobileNumberProblem; message: string };

/** A mainland China mobile number in stored form: 11 digits, `1`, then 3-9. */
export const MAINLAND_MOBILE_NUMBER = /^1[3-9]\d{9}$/;

// Separators people type inside phone numbers: spaces of every width, hyphens and dashes, dots, brackets.
const SEPARATORS = /[\s\u00a0\u2010-\u2015\u2212\-.()]/g;

/**
 * The stored form of a typed mainland mobile number: NFC, full-width digits and `＋` folded to ASCII,
 * separators (spaces, hyphens, dashes, dots, brackets) removed, and the country code `+86`, `0086` or
 * `86` before an 11-digit number dropped. Answers what is left, valid or not; use
 * {@link parseMobileNumber} to validate.
 * @example
 * normalizeMobileNumber('＋８６ １３８-０１３８-００００') // '13801380000'
 */
export function normalizeMobileNumber(input: string): string {
  const compact = toHalfWidth(input.normalize('NFC')).replace(SEPARATORS, '');
  const withoutCountry = compact.replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  return withoutCountry;
}

/**
 * Normalises ({@link normalizeMobileNumber}) and validates a mainland mobile number.
 * @example
 * const result = parseMobileNumber(form.phone);
 * if (!result.isValid) errors.push({ path: 'phone', message: result.message });
 */
export function parseMobileNumber(input: string): MobileNumberResult {
  const value = normalizeMobileNumber(input);
  if (value === '') return { isValid: false, problem: 'empty', message: 'a mobile number is required' };
  if (!MAINLAND_MOBILE_NUMBER.test(value)) {
    return {
      isValid: false,
      problem: 'format',
      message: 'a mainland mobile number has 11 digits starting with 13-19 (a +86 prefix is allowed)',
    };
  }
  return { isValid: true, value };
}

/** A mobile number with its middle four digits starred, e.g. `138****0000`; others are starred entirely. */
export function maskMobileNumber(value: string): string {
  return MAINLAND_MOBILE_NUMBER.test(value)
    ? `${value.slice(0, 3)}****${value.slice(7)}`
    : '*'.repeat(value.length || 11);
}
