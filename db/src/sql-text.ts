/**
 * Escapes `\`, `%` and `_` in user text so it matches literally inside a SQL `LIKE`/`ILIKE` pattern
 * (PostgreSQL's default escape character is `\`).
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
