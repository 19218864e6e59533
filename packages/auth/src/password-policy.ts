import { InputError } from '@cunshe/errors';
import { generateRandomString, type RandomReader } from '@oslojs/crypto/random';

/** The shortest password accepted (NIST SP 800-63B's minimum for user-chosen secrets). */
export const MIN_PASSWORD_LENGTH = 8;
/** The longest password accepted; Argon2 takes any length, this only bounds the work per request. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Refuses a password that is too short or too long, or that equals the login name or mobile number.
 * @throws InputError whose field is `path` (e.g. `newPassword`).
 */
export function assertPasswordPolicy(
  password: string,
  context: { path: string; username?: string | null | undefined; mobile?: string | null | undefined },
): void {
  const length = [...password.normalize('NFC')].length;
  const lowered = password.trim().toLowerCase();
  let message: string | undefined;
  if (length < MIN_PASSWORD_LENGTH)
    message = `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  else if (length > MAX_PASSWORD_LENGTH)
    message = `The password may have at most ${MAX_PASSWORD_LENGTH} characters.`;
  else if (lowered === context.username?.toLowerCase() || lowered === context.mobile) {
    message = 'The password may not be the login name or the mobile number.';
  }
  if (message) throw new InputError(message, [{ path: context.path, message }]);
}

const random: RandomReader = {
  read(bytes) {
    crypto.getRandomValues(bytes);
  },
};

// No 0/O, 1/l/I: the initial password is read off a screen and typed in by hand.
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random initial password of 14 readable characters (about 80 bits), shown once to the admin. */
export function generateInitialPassword(): string {
  return generateRandomString(random, READABLE, 14);
}
