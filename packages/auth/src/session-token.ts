import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

const TOKEN = /^[a-z2-7]{32}$/;

/**
 * A new session token: 20 random bytes (160 bits) in lowercase base32 without padding, 32 characters.
 * Only the client ever holds it; the database stores {@link sessionIdOf} the token.
 */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/**
 * The session id stored for a token: its SHA-256 in lowercase hex. A leaked database row therefore does
 * not give a usable cookie.
 */
export function sessionIdOf(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Whether a string has the shape of a session token (so junk cookies cost no database lookup). */
export function isSessionTokenShape(token: string): boolean {
  return TOKEN.test(token);
}
