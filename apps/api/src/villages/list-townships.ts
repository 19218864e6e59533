import type { Tx } from '@cunshe/db';
import { townships, type VillageType, villages } from '@cunshe/db/schema';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { VillageScope } from './village-scope';

/** A township with its number of (current) villages, in total and by type (`none` for untyped). */
export interface TownshipSummary {
  id: string;
  code: string;
  name: string;
  villageCount: number;
  villagesByType: Record<VillageType | 'none', number>;
}

/**
 * The township -> village tree's first level for a scope: every current township the caller may see, in
 * pinyin order, with village counts per type. A village-scoped caller sees its village's township only.
 */
export async function listTownships(tx: Tx, scope: VillageScope): Promise<TownshipSummary[]> {
  const rows = await tx
    .select({
      id: townships.id,
      code: townships.code,
      name: townships.name,
      type: villages.type,
      villageCount: count(villages.id),
    })
    .from(townships)
    .leftJoin(
      villages,
      and(
        eq(villages.tenantId, townships.tenantId),
        eq(villages.townshipId, townships.id),
        eq(villages.isRetired, false),
        scope.villageId ? eq(villages.id, scope.villageId) : undefined,
      ),
    )
    .where(
      and(
        eq(townships.tenantId, scope.tenantId),
        eq(townships.isRetired, false),
        scope.townshipId ? eq(townships.id, scope.townshipId) : undefined,
        scope.villageId
          ? sql`${townships.id} = (select township_id from villages v where v.id = ${scope.villageId})`
          : undefined,
      ),
    )
    .groupBy(townships.id, townships.code, townships.name, townships.sortKey, villages.type)
    .orderBy(asc(townships.sortKey));
  const byId = new Map<string, TownshipSummary>();
  for (const row of rows) {
    const summary = byId.get(row.id) ?? {
      id: row.id,
      code: row.code,
      name: row.name,
      villageCount: 0,
      villagesByType: { industrial: 0, 'industry-chain': 0, suburban: 0, 'market-town': 0, none: 0 },
    };
    if (row.villageCount > 0) {
      summary.villageCount += row.villageCount;
      summary.villagesByType[row.type ?? 'none'] += row.villageCount;
    }
    byId.set(row.id, summary);
  }
  return [...byId.values()];
}
