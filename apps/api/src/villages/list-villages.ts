import type { Tx } from '@cunshe/db';
import { escapeLike } from '@cunshe/db';
import { townships, type VillageType, villages } from '@cunshe/db/schema';
import { and, asc, count, eq, ilike, like, or, type SQL, sql } from 'drizzle-orm';
import { offsetOf } from '../pagination';
import type { VillageScope } from './village-scope';

/** Filters of the village list; `q` matches the name, a code prefix, or pinyin initials/spelling (`tj`). */
export interface VillageListQuery {
  q?: string | undefined;
  type?: VillageType | 'none' | undefined;
  townshipCode?: string | undefined;
  includeRetired?: boolean | undefined;
  page: number;
  pageSize: number;
}

/** One row of the village list. */
export interface VillageListItem {
  id: string;
  code: string;
  name: string;
  type: VillageType | null;
  townshipCode: string;
  townshipName: string;
  isRetired: boolean;
}

const onTownship = and(eq(townships.tenantId, villages.tenantId), eq(townships.id, villages.townshipId));

/**
 * Lists the villages of a scope, ordered by the pinyin sort key (PGlite has no zh collation), one page at
 * a time. Search: a digit string matches a code prefix; otherwise the name contains `q`, or the pinyin
 * initials (`tj` finds 潭江村) or the spelling (`tanjiang`) start with it.
 */
export async function listVillages(
  tx: Tx,
  scope: VillageScope,
  query: VillageListQuery,
): Promise<{ items: VillageListItem[]; total: number }> {
  const conditions: (SQL | undefined)[] = [eq(villages.tenantId, scope.tenantId)];
  if (scope.townshipId) conditions.push(eq(villages.townshipId, scope.townshipId));
  if (scope.villageId) conditions.push(eq(villages.id, scope.villageId));
  if (!query.includeRetired) conditions.push(eq(villages.isRetired, false));
  if (query.type === 'none') conditions.push(sql`${villages.type} is null`);
  else if (query.type) conditions.push(eq(villages.type, query.type));
  if (query.townshipCode) conditions.push(eq(townships.code, query.townshipCode));
  const q = query.q?.normalize('NFC').trim();
  if (q) {
    const pattern = escapeLike(q.toLowerCase());
    conditions.push(
      /^\d+$/.test(q)
        ? like(villages.code, `${pattern}%`)
        : or(
            ilike(villages.name, `%${escapeLike(q)}%`),
            like(villages.pinyinInitials, `${pattern}%`),
            like(villages.sortKey, `${pattern.replaceAll(' ', '')}%`),
          ),
    );
  }
  const where = and(...conditions);
  const items = await tx
    .select({
      id: villages.id,
      code: villages.code,
      name: villages.name,
      type: villages.type,
      townshipCode: townships.code,
      townshipName: townships.name,
      isRetired: villages.isRetired,
    })
    .from(villages)
    .innerJoin(townships, onTownship)
    .where(where)
    .orderBy(asc(villages.sortKey), asc(villages.code))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [row] = await tx
    .select({ total: count() })
    .from(villages)
    .innerJoin(townships, onTownship)
    .where(where);
  return { items, total: row?.total ?? 0 };
}
