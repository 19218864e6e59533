import { escapeLike, reusableQuery, type Tx } from '@cunshe/db';
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
const placeholder = sql.placeholder;

/** Which filters a list request uses: each combination is one SQL text, built once (see `queryOf`). */
interface Shape {
  township: boolean;
  village: boolean;
  includeRetired: boolean;
  type: 'none' | 'one' | undefined;
  townshipCode: boolean;
  q: 'code' | 'text' | undefined;
}

/** The WHERE clause of a shape, with placeholders for its values (named as in `valuesOf`). */
function whereOf(shape: Shape): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(villages.tenantId, placeholder('tenantId'))];
  if (shape.township) conditions.push(eq(villages.townshipId, placeholder('townshipId')));
  if (shape.village) conditions.push(eq(villages.id, placeholder('villageId')));
  if (!shape.includeRetired) conditions.push(eq(villages.isRetired, false));
  if (shape.type === 'none') conditions.push(sql`${villages.type} is null`);
  else if (shape.type === 'one') conditions.push(eq(villages.type, placeholder('type')));
  if (shape.townshipCode) conditions.push(eq(townships.code, placeholder('townshipCode')));
  if (shape.q === 'code') conditions.push(like(villages.code, placeholder('codePrefix')));
  else if (shape.q === 'text') {
    conditions.push(
      or(
        ilike(villages.name, placeholder('nameLike')),
        like(villages.pinyinInitials, placeholder('initials')),
        like(villages.sortKey, placeholder('spelling')),
      ),
    );
  }
  return and(...conditions);
}

/**
 * One page and the total in one statement: `count(*) over ()` is the number of rows matching before the
 * LIMIT, on every row of the page.
 */
function pageQueryOf(shape: Shape) {
  return reusableQuery((tx) =>
    tx
      .select({
        id: villages.id,
        code: villages.code,
        name: villages.name,
        type: villages.type,
        townshipCode: townships.code,
        townshipName: townships.name,
        isRetired: villages.isRetired,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(villages)
      .innerJoin(townships, onTownship)
      .where(whereOf(shape))
      .orderBy(asc(villages.sortKey), asc(villages.code))
      .limit(placeholder('limit'))
      .offset(placeholder('offset'))
      .prepare('village_page'),
  );
}

const pageQueries = new Map<string, ReturnType<typeof pageQueryOf>>();

function queryOf(shape: Shape): ReturnType<typeof pageQueryOf> {
  const key = JSON.stringify(shape);
  let query = pageQueries.get(key);
  if (!query) {
    query = pageQueryOf(shape);
    pageQueries.set(key, query);
  }
  return query;
}

/**
 * Lists the villages of a scope, ordered by the pinyin sort key (PGlite has no zh collation), one page at
 * a time. Search: a digit string matches a code prefix; otherwise the name contains `q`, or the pinyin
 * initials (`tj` finds 潭江村) or the spelling (`tanjiang`) start with it. One statement answers the page
 * and the total; only a page past the end (no rows to carry the total) costs a second one, a count.
 */
export async function listVillages(
  tx: Tx,
  scope: VillageScope,
  query: VillageListQuery,
): Promise<{ items: VillageListItem[]; total: number }> {
  const q = query.q?.normalize('NFC').trim();
  const isCode = q ? /^\d+$/.test(q) : false;
  const shape: Shape = {
    township: Boolean(scope.townshipId),
    village: Boolean(scope.villageId),
    includeRetired: Boolean(query.includeRetired),
    type: query.type === 'none' ? 'none' : query.type ? 'one' : undefined,
    townshipCode: Boolean(query.townshipCode),
    q: q ? (isCode ? 'code' : 'text') : undefined,
  };
  const pattern = q ? escapeLike(q.toLowerCase()) : '';
  const values = {
    tenantId: scope.tenantId,
    townshipId: scope.townshipId,
    villageId: scope.villageId,
    type: query.type,
    townshipCode: query.townshipCode,
    codePrefix: `${pattern}%`,
    nameLike: q ? `%${escapeLike(q)}%` : undefined,
    initials: `${pattern}%`,
    spelling: `${pattern.replaceAll(' ', '')}%`,
    limit: query.pageSize,
    offset: offsetOf(query),
  };
  const rows = await queryOf(shape)(tx, values);
  const items = rows.map(({ total: _, ...item }) => item);
  if (rows[0]) return { items, total: rows[0].total };
  if (values.offset === 0) return { items, total: 0 };
  const [row] = await tx
    .select({ total: count() })
    .from(villages)
    .innerJoin(townships, onTownship)
    .where(whereOf(shape))
    .prepare('village_count')
    .execute(values);
  return { items, total: row?.total ?? 0 };
}
