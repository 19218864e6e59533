import { hash, verify } from '@node-rs/argon2';

// `Algorithm.Argon2id` of @node-rs/argon2; its const enum cannot be imported under verbatimModuleSyntax.
const ARGON2ID = 2;

/** Argon2id cost parameters. */
export interface PasswordHashingOptions {
  /** Memory in KiB. */
  memoryCost: number;
  /** Iterations. */
  timeCost: number;
  parallelism: number;
}

/** OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane (about 40 ms per hash here). */
export const defaultPasswordHashing: PasswordHashingOptions = {
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

/** Hashes a password with Argon2id; the PHC string carries the salt and the parameters. */
export function hashPassword(
  password: string,
  options: PasswordHashingOptions = defaultPasswordHashing,
): Promise<string> {
  return hash(password.normalize('NFC'), { algorithm: ARGON2ID, ...options });
}

/** Whether `password` matches an Argon2 PHC string; false (never a throw) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

const dummyHashes = new Map<string, Promise<string>>();

/**
 * Spends the time of one verification on a hash of the same cost, so that an unknown user answers as
 * slowly as a wrong password. Always false.
 */
export async function verifyDummyPassword(
  password: string,
  options: PasswordHashingOptions = defaultPasswordHashing,
): Promise<false> {
  const key = `${options.memoryCost}/${options.timeCost}/${options.parallelism}`;
  let dummy = dummyHashes.get(key);
  if (!dummy) {
    dummy = hashPassword('not a real password, only spends time', options);
    dummyHashes.set(key, dummy);
  }
  await verifyPassword(await dummy, password);
  return false;
}
