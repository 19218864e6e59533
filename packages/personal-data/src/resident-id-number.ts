import { toHalfWidth } from './half-width';

/** Why a text is not a resident ID number; each reason is a stable code a form can translate. */
export type ResidentIdNumberProblem = 'empty' | 'length' | 'format' | 'birth-date' | 'check-digit';

/** What a valid resident ID number says about its holder (GB 11643-1999). */
export interface ResidentIdNumber {
  /** The number as stored: 18 characters, the check character `X` upper-case. */
  value: string;
  /** The 6-digit address code of the place of first registration (a GB/T 2260 code, possibly a former one). */
  regionCode: string;
  /** The date of birth, `YYYY-MM-DD`. */
  birthDate: string;
  /** From the sequence code: odd for men, even for women. */
  gender: 'male' | 'female';
}

/** The outcome of {@link parseResidentIdNumber}: the parsed number, or the first problem found. */
export type ResidentIdNumberResult =
  | { isValid: true; number: ResidentIdNumber }
  | { isValid: false; problem: ResidentIdNumberProblem; message: string };

const MESSAGES: Record<ResidentIdNumberProblem, string> = {
  empty: 'a resident ID number is required',
  length: 'a resident ID number has 18 characters',
  format: 'a resident ID number is 17 digits followed by a digit or X',
  'birth-date': 'the birth date in the ID number (characters 7-14) is not a real past date',
  'check-digit': 'the last character does not match the check digit of the ID number',
};

// ISO 7064 MOD 11-2: the weight of position i (0-based, from the left) is 2^(17-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/**
 * The check character of the first 17 digits of a resident ID number. Per GB 11643-1999 (ISO 7064
 * MOD 11-2) the 18th character is chosen so that the weighted sum of all 18 is 1 modulo 11; a check value
 * of 10 is written as the Roman numeral `X`.
 * @throws RangeError when `first17` is not 17 digits.
 * @example
 * residentIdCheckCharacter('11010519491231002') // 'X'
 */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckCharacter needs 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

function isRealPastDate(yyyymmdd: string, today: Date): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  // Date.UTC rolls 0230 over into March, so a round trip tells a real calendar date from an impossible one.
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (!isReal || year < 1900 || date.getTime() > todayUtc) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * The form a typed resident ID number is checked and stored in: NFC, full-width characters folded to
 * ASCII, spaces removed, and the check character `x` upper-cased (GB 11643 writes it `X`; people type both).
 */
export function normalizeResidentIdNumber(input: string): string {
  return toHalfWidth(input.normalize('NFC')).replace(/\s+/g, '').toUpperCase();
}

/**
 * Checks a resident ID number (公民身份号码) by GB 11643-1999: 18 characters, the digits of a real birth
 * date between 1900 and today at positions 7-14, and the ISO 7064 MOD 11-2 check character at the end. The
 * input is normalised first ({@link normalizeResidentIdNumber}), so `x` and full-width digits are accepted
 * and the result's `value` is the stored form. The 15-digit numbers of before 1999 are not accepted.
 * @param options.today the day "now" is (tests); defaults to the current date.
 * @example
 * const result = parseResidentIdNumber(' 11010519491231002x ');
 * if (result.isValid) save(result.number.value); // '11010519491231002X'
 * else showFieldError('idNumber', result.message);
 */
export function parseResidentIdNumber(input: string, options: { today?: Date } = {}): ResidentIdNumberResult {
  const value = normalizeResidentIdNumber(input);
  const fail = (problem: ResidentIdNumberProblem): ResidentIdNumberResult => ({
    isValid: false,
    problem,
    message: MESSAGES[problem],
  });
  if (value === '') return fail('empty');
  if (value.length !== 18) return fail('length');
  if (!/^\d{17}[\dX]$/.test(value)) return fail('format');
  const birthDate = isRealPastDate(value.slice(6, 14), options.today ?? new Date());
  if (birthDate === null) return fail('birth-date');
  if (residentIdCheckCharacter(value.slice(0, 17)) !== value[17]) return fail('check-digit');
  return {
    isValid: true,
    number: {
      value,
      regionCode: value.slice(0, 6),
      birthDate,
      gender: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

/** Whether `input` is a valid resident ID number (see {@link parseResidentIdNumber}). */
export function isResidentIdNumber(input: string, options: { today?: Date } = {}): boolean {
  return parseResidentIdNumber(input, options).isValid;
}

/**
 * A resident ID number as shown to people who may not see it whole: the first 6 characters (the region)
 * and the last 4, with the 8 birth-date characters starred, e.g. `110105********002X`. Anything that is
 * not 18 characters long is starred entirely, so a malformed value never shows through.
 */
export function maskResidentIdNumber(value: string): string {
  const normalized = normalizeResidentIdNumber(value);
  if (normalized.length !== 18) return '*'.repeat(normalized.length || 18);
  return `${normalized.slice(0, 6)}${'*'.repeat(8)}${normalized.slice(14)}`;
}
