import { InputError } from '@cunshe/errors';
import { type SQL, sql } from 'drizzle-orm';

const DIGITS = /^[0-9]{1,12}$/;

/**
 * A part of the division tree chosen by code prefixes (`['3610']` is 抚州市 with its counties, townships
 * and villages), with the ancestors of each prefix (`36` 江西省) so every kept row has its parent.
 * No prefixes means the whole tree.
 */
export interface DivisionScope {
  prefixes: readonly string[];
  /** Whether a code lies in the scope: under a prefix, or an ancestor of one. */
  includes(code: string): boolean;
  /** The same test in SQL, over a text column holding codes. */
  where(column: SQL): SQL;
}

/**
 * Builds a {@link DivisionScope}; prefixes are sorted and de-duplicated.
 * @throws InputError with path `prefixes.<i>` when a prefix is not 1 to 12 digits.
 */
export function divisionScope(prefixes: readonly string[] = []): DivisionScope {
  const invalid = prefixes.findIndex((prefix) => !DIGITS.test(prefix));
  if (invalid >= 0) {
    throw new InputError('A division code prefix is 1 to 12 digits.', [
      { path: `prefixes.${invalid}`, message: `"${prefixes[invalid]}" is not 1 to 12 digits` },
    ]);
  }
  const sorted = [...new Set(prefixes)].sort();
  return {
    prefixes: sorted,
    includes: (code) => sorted.length === 0 || sorted.some((p) => code.startsWith(p) || p.startsWith(code)),
    where: (column) =>
      sorted.length === 0
        ? sql`true`
        : sql`(${sql.join(
            sorted.map((p) => sql`${column} like ${`${p}%`} or ${p} like ${column} || '%'`),
            sql` or `,
          )})`,
  };
}
