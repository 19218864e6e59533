/**
 * Escapes `\`, `%` and `_` in user text so it matches literally inside a SQL `LIKE`/`ILIKE` pattern
 * (PostgreSQL's default escape character is `\`).
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `text` has the shape of a UUID (RFC 9562 §4: 8-4-4-4-12 hex digits, any case). Version and variant
 * bits are not checked, so test ids like `11111111-1111-1111-1111-111111111111` pass; PostgreSQL's `uuid`
 * type accepts the same shape, so a text that passes never makes a `uuid` cast fail.
 */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
