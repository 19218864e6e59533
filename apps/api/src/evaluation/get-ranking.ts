import type { UserVillageScope } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { evaluationAssessments, townships, villages } from '@cunshe/db/schema';
import { and, asc, desc, eq } from 'drizzle-orm';
import { displayScore } from './score-math';

/** One approved village in a period's ranking. */
export interface RankingRow {
  villageId: string;
  villageName: string;
  townshipId: string;
  townshipName: string;
  totalScore: string;
  countyRank: number;
  townshipRank: number;
}

/**
 * The approved assessments of a period ranked by exact total, within the county and within each township
 * (equal totals share a rank: 1, 2, 2, 4). Ranks are computed over the whole county; a township or village
 * user then sees only the rows of its scope.
 */
export async function getRanking(
  tx: Tx,
  input: { tenantId: string; periodId: string; scope: UserVillageScope },
): Promise<RankingRow[]> {
  const rows = await tx
    .select({
      villageId: villages.id,
      villageName: villages.name,
      townshipId: townships.id,
      townshipName: townships.name,
      totalScore: evaluationAssessments.totalScore,
    })
    .from(evaluationAssessments)
    .innerJoin(
      villages,
      and(
        eq(villages.tenantId, evaluationAssessments.tenantId),
        eq(villages.id, evaluationAssessments.villageId),
      ),
    )
    .innerJoin(
      townships,
      and(eq(townships.tenantId, villages.tenantId), eq(townships.id, villages.townshipId)),
    )
    .where(
      and(
        eq(evaluationAssessments.tenantId, input.tenantId),
        eq(evaluationAssessments.periodId, input.periodId),
        eq(evaluationAssessments.status, 'approved'),
      ),
    )
    .orderBy(desc(evaluationAssessments.totalScore), asc(villages.sortKey));
  const ranked = rankBy(rows, () => 'county');
  const inTownship = rankBy(rows, (row) => row.townshipId);
  const { scope } = input;
  return rows
    .map((row, i) => ({
      villageId: row.villageId,
      villageName: row.villageName,
      townshipId: row.townshipId,
      townshipName: row.townshipName,
      totalScore: displayScore(row.totalScore) ?? '0.00',
      countyRank: ranked[i] ?? 0,
      townshipRank: inTownship[i] ?? 0,
    }))
    .filter((row) =>
      scope === 'county'
        ? true
        : 'villageId' in scope
          ? row.villageId === scope.villageId
          : row.townshipId === scope.townshipId,
    );
}

/** Competition ranks (1, 2, 2, 4) of rows already sorted by total, within each group. */
function rankBy<T extends { totalScore: string | null }>(rows: T[], group: (row: T) => string): number[] {
  const seen = new Map<string, { count: number; lastScore: string | null; lastRank: number }>();
  return rows.map((row) => {
    const key = group(row);
    const state = seen.get(key) ?? { count: 0, lastScore: null, lastRank: 0 };
    state.count += 1;
    const rank =
      state.lastScore !== null && state.lastScore === row.totalScore ? state.lastRank : state.count;
    state.lastScore = row.totalScore;
    state.lastRank = rank;
    seen.set(key, state);
    return rank;
  });
}
