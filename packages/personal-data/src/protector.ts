import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Raised when a personal-data key is not base64 of exactly 32 bytes. */
export class PersonalDataKeyError extends Error {
  override name = 'PersonalDataKeyError';
}

/** Raised when a sealed value cannot be opened: another key, another context, or a damaged value. */
export class PersonalDataDecryptionError extends Error {
  override name = 'PersonalDataDecryptionError';
}

/**
 * Encryption, decryption and keyed hashing of personal data under one 32-byte key from configuration.
 * Every call names a `context` (e.g. `party-member.id-number:<tenant id>`): it is bound into the
 * ciphertext as additional authenticated data and into the hash, so a value sealed for one column or
 * county cannot be opened as another's, and equal values in two counties hash differently.
 */
export interface PersonalDataProtector {
  /**
   * Seals `plaintext` with AES-256-GCM and a fresh 96-bit nonce: `pd1.<base64url(nonce | ciphertext | tag)>`.
   * The same plaintext seals differently every time, so the sealed value reveals nothing, not even equality
   * (use {@link hash} to find equal values).
   */
  encrypt(plaintext: string, context: string): string;
  /**
   * Opens a value sealed by {@link encrypt} under the same key and context.
   * @throws PersonalDataDecryptionError when the key, the context or the value does not match.
   */
  decrypt(sealed: string, context: string): string;
  /**
   * The keyed hash (HMAC-SHA-256, hex) of a value, for exact search and uniqueness without storing the value:
   * normalise the value first (e.g. `normalizeResidentIdNumber`), so equal values hash equally. Without the
   * key, the hash cannot be recomputed from a guessed value (an ID number has few enough values to guess).
   */
  hash(value: string, context: string): string;
}

const FORMAT = 'pd1.';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/**
 * Reads a personal-data key: base64 (standard or URL alphabet) of exactly 32 random bytes.
 * @throws PersonalDataKeyError naming what is wrong (never the key).
 */
export function parsePersonalDataKey(base64: string): Buffer {
  const text = base64.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) {
    throw new PersonalDataKeyError('The personal-data key must be base64 of 32 random bytes.');
  }
  const key = Buffer.from(text.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new PersonalDataKeyError(
      `The personal-data key must be base64 of 32 random bytes; it decodes to ${key.length} bytes.`,
    );
  }
  return key;
}

/**
 * A new random personal-data key as base64, e.g. for `PERSONAL_DATA_KEY`.
 * @example
 * // node -e "import('@cunshe/personal-data').then(m => console.log(m.generatePersonalDataKey()))"
 */
export function generatePersonalDataKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/**
 * A 32-byte key derived (HKDF-SHA-256) from a secret that is not itself a key, for development set-ups
 * only: the same secret and purpose always give the same key, so data stays readable across restarts.
 * Never for production, where the key must be random and kept apart from the data.
 */
export function derivePersonalDataKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'cunshe personal data', purpose, KEY_BYTES));
}

// Separate subkeys for encryption and hashing, so neither use can weaken the other.
function subkey(key: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, '', `cunshe/personal-data/${label}`, KEY_BYTES));
}

/**
 * A {@link PersonalDataProtector} under `key` (32 bytes, or its base64). Uses Node's crypto only.
 * @throws PersonalDataKeyError when the key is not 32 bytes.
 * @example
 * const protector = createPersonalDataProtector(env.PERSONAL_DATA_KEY);
 * const context = `party-member.id-number:${tenantId}`;
 * const row = { idNumberSealed: protector.encrypt(id, context), idNumberHash: protector.hash(id, context) };
 * protector.decrypt(row.idNumberSealed, context) === id; // true
 */
export function createPersonalDataProtector(key: Uint8Array | string): PersonalDataProtector {
  const master = typeof key === 'string' ? parsePersonalDataKey(key) : Buffer.from(key);
  if (master.length !== KEY_BYTES) {
    throw new PersonalDataKeyError(`The personal-data key must be 32 bytes; it is ${master.length}.`);
  }
  const encryptionKey = subkey(master, 'aes-256-gcm/v1');
  const hashKey = subkey(master, 'hmac-sha-256/v1');
  master.fill(0);
  return {
    encrypt(plaintext, context) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, nonce, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return FORMAT + Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
    },
    decrypt(sealed, context) {
      if (!sealed.startsWith(FORMAT))
        throw new PersonalDataDecryptionError('Not a sealed personal-data value.');
      const bytes = Buffer.from(sealed.slice(FORMAT.length), 'base64url');
      if (bytes.length < NONCE_BYTES + TAG_BYTES) {
        throw new PersonalDataDecryptionError('The sealed personal-data value is too short.');
      }
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, bytes.subarray(0, NONCE_BYTES), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      try {
        const body = bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new PersonalDataDecryptionError(
          'The personal-data value cannot be opened: another key or context, or a damaged value.',
        );
      }
    },
    hash(value, context) {
      return createHmac('sha256', hashKey)
        .update(context, 'utf8')
        .update('\0')
        .update(value, 'utf8')
        .digest('hex');
    },
  };
}
