import type { Db, Tx } from '@cunshe/db';
import { escapeLike } from '@cunshe/db';
import { divisions } from '@cunshe/db/schema';
import { and, asc, eq, ilike, isNull, like, or, type SQL } from 'drizzle-orm';

/** A division as the onboarding picker shows it. */
export interface DivisionItem {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
  parentCode: string | null;
}

/**
 * The children of a division for the province -> city -> county picker (provinces when `parentCode` is
 * absent), or, with `q`, the counties whose name contains it or whose code starts with it (at most 50).
 * Reads the platform reference table only: no tenant data.
 */
export async function listDivisions(
  tx: Db | Tx,
  query: { parentCode?: string | undefined; q?: string | undefined },
): Promise<DivisionItem[]> {
  const select = tx
    .select({
      code: divisions.code,
      name: divisions.name,
      level: divisions.level,
      parentCode: divisions.parentCode,
    })
    .from(divisions);
  const q = query.q?.normalize('NFC').trim();
  let where: SQL | undefined;
  if (q) {
    const pattern = escapeLike(q);
    where = and(
      eq(divisions.level, 'county'),
      or(like(divisions.code, `${pattern}%`), ilike(divisions.name, `%${pattern}%`)),
    );
  } else if (query.parentCode) {
    where = and(
      eq(divisions.parentCode, query.parentCode),
      or(eq(divisions.level, 'city'), eq(divisions.level, 'county')),
    );
  } else {
    where = and(eq(divisions.level, 'province'), isNull(divisions.parentCode));
  }
  return select
    .where(where)
    .orderBy(asc(divisions.code))
    .limit(q ? 50 : 500);
}
