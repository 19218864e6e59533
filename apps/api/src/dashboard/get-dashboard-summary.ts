import type { Tx } from '@cunshe/db';
import {
  evaluationPeriods,
  fundingAllocations,
  partyMemberCategories,
  partyMembers,
  serviceRequestStatuses,
  serviceRequests,
  townships,
  villagePlugins,
  villages,
  villageTypes,
} from '@cunshe/db/schema';
import { and, asc, count, desc, eq, inArray, isNotNull, lt, ne, notInArray, sql } from 'drizzle-orm';
import { getRanking, type RankingRow } from '../evaluation/get-ranking';
import { type CadreRatios, cadreRatios } from '../party/committees/cadre-ratios';
import { isCountyScope, type PartyScope, villageInScope } from '../party/party-scope';
import {
  type DashboardVillage,
  FORMER_MEMBER_STATUSES,
  listDashboardVillages,
  OPEN_STATUSES,
} from './list-dashboard-villages';
import type { DashboardTownship } from './narrow-dashboard-scope';

/** The figures of the county dashboard for one scope (county, township or village). */
export interface DashboardSummary {
  /** The township the figures are narrowed to (picked, or the caller's own); null for a county or a village. */
  township: DashboardTownship | null;
  villageCount: number;
  villagesByType: Record<string, number>;
  villagesByTownship: { townshipId: string; townshipCode: string; townshipName: string; count: number }[];
  serviceRequestsByStatus: Record<string, number>;
  overdueServiceRequests: number;
  /** The median time from submission to resolution of resolved requests, in whole seconds; null if none. */
  medianResolveSeconds: number | null;
  partyMembersByCategory: Record<string, number>;
  cadres: CadreRatios;
  pluginsEnabled: { pluginId: string; villageCount: number }[];
  /** Money allocated to the villages of each township, in integer fen (exact). */
  fundingByTownship: { townshipId: string; townshipCode: string; townshipName: string; totalFen: number }[];
  fiveGoods: { periodId: string; periodName: string; items: RankingRow[] } | null;
  /** The villages of a township or village scope for the drill-down; null for the whole county. */
  villages: DashboardVillage[] | null;
}

/** Every value of an enum with a count of 0, then the counts found. */
function countsOf(keys: readonly string[], rows: { key: string | null; n: number }[], none?: string) {
  const out: Record<string, number> = Object.fromEntries(
    [...keys, ...(none ? [none] : [])].map((k) => [k, 0]),
  );
  for (const row of rows) {
    const key = row.key ?? none ?? 'none';
    out[key] = (out[key] ?? 0) + row.n;
  }
  return out;
}

/**
 * The dashboard's figures over the villages of a scope, as of `now`: villages by type (and `none`) and by
 * township, service requests by status with the overdue ones (open past their due time) and the median time
 * to resolve, party members by category (current members: full and probationary), the cadre ratios, plugins
 * enabled, funding by township, the ranking of the latest evaluation period that has opened, and below a
 * township the villages to drill into.
 */
export async function getDashboardSummary(
  tx: Tx,
  input: { scope: PartyScope; now?: Date },
): Promise<DashboardSummary> {
  const { scope } = input;
  const now = input.now ?? new Date();
  const { tenantId } = scope;
  const villageWhere = and(
    eq(villages.tenantId, tenantId),
    eq(villages.isRetired, false),
    villageInScope(villages.id, scope),
  );
  const byType = await tx
    .select({ key: villages.type, n: count() })
    .from(villages)
    .where(villageWhere)
    .groupBy(villages.type);
  const byTownship = await tx
    .select({
      townshipId: townships.id,
      townshipCode: townships.code,
      townshipName: townships.name,
      count: count(),
    })
    .from(villages)
    .innerJoin(
      townships,
      and(eq(townships.tenantId, villages.tenantId), eq(townships.id, villages.townshipId)),
    )
    .where(villageWhere)
    .groupBy(townships.id, townships.code, townships.name, townships.sortKey)
    .orderBy(asc(townships.sortKey));
  const requestWhere = and(
    eq(serviceRequests.tenantId, tenantId),
    villageInScope(serviceRequests.villageId, scope),
  );
  const byStatus = await tx
    .select({ key: serviceRequests.status, n: count() })
    .from(serviceRequests)
    .where(requestWhere)
    .groupBy(serviceRequests.status);
  const [overdue] = await tx
    .select({ n: count() })
    .from(serviceRequests)
    .where(and(requestWhere, inArray(serviceRequests.status, OPEN_STATUSES), lt(serviceRequests.dueAt, now)));
  // The median in the database (percentile_cont over whole seconds, rounded down): one row, whatever the count.
  const [resolved] = await tx
    .select({
      medianSeconds: sql<
        string | null
      >`floor(percentile_cont(0.5) within group (order by floor(extract(epoch from (${serviceRequests.closedAt} - ${serviceRequests.createdAt})))))`,
    })
    .from(serviceRequests)
    .where(and(requestWhere, eq(serviceRequests.status, 'resolved'), isNotNull(serviceRequests.closedAt)));
  const byCategory = await tx
    .select({ key: partyMembers.category, n: count() })
    .from(partyMembers)
    .where(
      and(
        eq(partyMembers.tenantId, tenantId),
        villageInScope(partyMembers.villageId, scope),
        notInArray(partyMembers.status, FORMER_MEMBER_STATUSES),
      ),
    )
    .groupBy(partyMembers.category);
  const plugins = await tx
    .select({ pluginId: villagePlugins.pluginId, villageCount: count() })
    .from(villagePlugins)
    .where(
      and(
        eq(villagePlugins.tenantId, tenantId),
        eq(villagePlugins.isEnabled, true),
        villageInScope(villagePlugins.villageId, scope),
      ),
    )
    .groupBy(villagePlugins.pluginId)
    .orderBy(asc(villagePlugins.pluginId));
  const funding = await tx
    .select({
      townshipId: townships.id,
      townshipCode: townships.code,
      townshipName: townships.name,
      totalFen: sql<string>`sum(${fundingAllocations.amountFen})`,
    })
    .from(fundingAllocations)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, fundingAllocations.tenantId), eq(villages.id, fundingAllocations.villageId)),
    )
    .innerJoin(
      townships,
      and(eq(townships.tenantId, villages.tenantId), eq(townships.id, villages.townshipId)),
    )
    .where(
      and(eq(fundingAllocations.tenantId, tenantId), villageInScope(fundingAllocations.villageId, scope)),
    )
    .groupBy(townships.id, townships.code, townships.name, townships.sortKey)
    .orderBy(asc(townships.sortKey));
  const [period] = await tx
    .select({ id: evaluationPeriods.id, name: evaluationPeriods.name })
    .from(evaluationPeriods)
    .where(and(eq(evaluationPeriods.tenantId, tenantId), ne(evaluationPeriods.status, 'draft')))
    .orderBy(desc(evaluationPeriods.createdAt))
    .limit(1);
  const userScope = scope.villageId
    ? { villageId: scope.villageId }
    : scope.townshipId
      ? { townshipId: scope.townshipId }
      : ('county' as const);
  const [township] = scope.townshipId
    ? await tx
        .select({ id: townships.id, code: townships.code, name: townships.name })
        .from(townships)
        .where(and(eq(townships.tenantId, tenantId), eq(townships.id, scope.townshipId)))
    : [];
  return {
    township: township ?? null,
    villageCount: byType.reduce((sum, row) => sum + row.n, 0),
    villagesByType: countsOf(villageTypes, byType, 'none'),
    villagesByTownship: byTownship,
    serviceRequestsByStatus: countsOf(serviceRequestStatuses, byStatus),
    overdueServiceRequests: overdue?.n ?? 0,
    medianResolveSeconds: resolved?.medianSeconds == null ? null : Number(resolved.medianSeconds),
    partyMembersByCategory: countsOf(partyMemberCategories, byCategory),
    cadres: await cadreRatios(tx, scope),
    pluginsEnabled: plugins,
    fundingByTownship: funding.map((row) => ({ ...row, totalFen: Number(row.totalFen) })),
    fiveGoods: period
      ? {
          periodId: period.id,
          periodName: period.name,
          items: await getRanking(tx, { tenantId, periodId: period.id, scope: userScope }),
        }
      : null,
    villages: isCountyScope(scope) ? null : await listDashboardVillages(tx, scope),
  };
}
