/** The shortest password the server accepts (NIST SP 800-63B's minimum for chosen secrets). */
export const minPasswordLength = 8;
/** The longest password the server accepts. */
export const maxPasswordLength = 256;

/** The fields of a password change. */
export interface PasswordChangeFields {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Why a field of a password change is refused before it is sent, by field; each a catalog key's last part. */
export type PasswordChangeProblems = Partial<
  Record<
    keyof PasswordChangeFields,
    'required' | 'tooShort' | 'tooLong' | 'sameAsCurrent' | 'sameAsLogin' | 'mismatch'
  >
>;

/**
 * Checks a password change in the browser with the server's rules, so most mistakes are named at the field
 * before a round trip; the server checks again and has the last word.
 */
export function checkPasswordChange(
  fields: PasswordChangeFields,
  account: { username: string; mobile: string | null },
): PasswordChangeProblems {
  const problems: PasswordChangeProblems = {};
  const length = [...fields.newPassword.normalize('NFC')].length;
  const lowered = fields.newPassword.trim().toLowerCase();
  if (fields.currentPassword === '') problems.currentPassword = 'required';
  if (fields.newPassword === '') problems.newPassword = 'required';
  else if (length < minPasswordLength) problems.newPassword = 'tooShort';
  else if (length > maxPasswordLength) problems.newPassword = 'tooLong';
  else if (lowered === account.username.toLowerCase() || lowered === account.mobile)
    problems.newPassword = 'sameAsLogin';
  else if (fields.newPassword.normalize('NFC') === fields.currentPassword.normalize('NFC'))
    problems.newPassword = 'sameAsCurrent';
  if (fields.confirmPassword !== fields.newPassword) problems.confirmPassword = 'mismatch';
  return problems;
}

/** A refusal of a password change as the server words it (packages/auth, in English), by catalog key. */
export type ServerPasswordProblem = 'wrongCurrent' | NonNullable<PasswordChangeProblems['newPassword']>;

const serverProblems: [RegExp, ServerPasswordProblem][] = [
  [/current password is wrong/i, 'wrongCurrent'],
  [/needs at least/i, 'tooShort'],
  [/at most/i, 'tooLong'],
  [/may not be the login name/i, 'sameAsLogin'],
  [/must differ from the current/i, 'sameAsCurrent'],
];

/** The known refusal a server message words, so it reads in the user's language; undefined for others. */
export function serverPasswordProblem(message: string): ServerPasswordProblem | undefined {
  return serverProblems.find(([pattern]) => pattern.test(message))?.[1];
}
