import type { Db, Tx } from '@cunshe/db';
import { divisions } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import { and, asc, eq, inArray } from 'drizzle-orm';

/** A township (9 digits) or village (12 digits) of a county, as a source for onboarding gives it. */
export interface CountyDivision {
  code: string;
  name: string;
  level: 'township' | 'village';
}

/**
 * The townships and villages of a county in the reference table `divisions`, in code order: the default
 * source of `onboardCounty`. Names are as the dataset has them (villages by their committee's name).
 */
export async function countyDivisions(tx: Db | Tx, countyCode: string): Promise<CountyDivision[]> {
  const columns = { code: divisions.code, name: divisions.name };
  const townships = await tx
    .select(columns)
    .from(divisions)
    .where(and(eq(divisions.parentCode, countyCode), eq(divisions.level, 'township')))
    .orderBy(asc(divisions.code));
  const villages =
    townships.length === 0
      ? []
      : await tx
          .select(columns)
          .from(divisions)
          .where(
            and(
              inArray(
                divisions.parentCode,
                townships.map((t) => t.code),
              ),
              eq(divisions.level, 'village'),
            ),
          )
          .orderBy(asc(divisions.code));
  return [
    ...townships.map((t) => ({ ...t, level: 'township' as const })),
    ...villages.map((v) => ({ ...v, level: 'village' as const })),
  ];
}

function problemOf(row: CountyDivision, countyCode: string, townships: ReadonlySet<string>): string | null {
  const length = row.level === 'township' ? 9 : 12;
  if (!/^[0-9]+$/.test(row.code) || row.code.length !== length) {
    return `a ${row.level} code has ${length} digits, got "${row.code}"`;
  }
  if (!row.code.startsWith(countyCode)) return `${row.code} is not in the county ${countyCode}`;
  if (row.level === 'village' && !townships.has(row.code.slice(0, 9))) {
    return `the township ${row.code.slice(0, 9)} of village ${row.code} is not in the source`;
  }
  return row.name.trim() === '' ? `${row.code} has an empty name` : null;
}

/**
 * Checks a source against the statistics-code structure: a township is its county's 6 digits and 3 more,
 * a village its township's 9 digits and 3 more with the township in the source; each code once, with a name.
 * @throws InputError with path `source.<i>.code` naming the first row that breaks it.
 */
export function checkCountySource(countyCode: string, source: readonly CountyDivision[]): void {
  const townships = new Set(source.filter((d) => d.level === 'township').map((d) => d.code));
  const seen = new Set<string>();
  source.forEach((row, i) => {
    const problem = seen.has(row.code)
      ? `${row.code} appears more than once`
      : problemOf(row, countyCode, townships);
    if (problem !== null) throw new InputError(problem, [{ path: `source.${i}.code`, message: problem }]);
    seen.add(row.code);
  });
}
