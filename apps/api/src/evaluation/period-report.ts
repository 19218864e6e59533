import type { UserVillageScope } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import {
  type AssessmentStatus,
  type EvaluationCriterion,
  evaluationAssessments,
  evaluationScores,
  townships,
  villages,
} from '@cunshe/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { getRanking } from './get-ranking';
import { loadPeriod, loadRubric, type PeriodView, periodView, type StoredCriterion } from './rubric';
import { displayScore, hundredthsOf } from './score-math';

/** One assessed village of a period's report, with its score on each of the five criteria. */
export interface ReportVillage {
  villageId: string;
  villageName: string;
  villageCode: string;
  townshipId: string;
  townshipName: string;
  status: AssessmentStatus;
  totalScore: string | null;
  /** Ranks among the approved villages; null for a village not approved yet. */
  countyRank: number | null;
  townshipRank: number | null;
  /** Each criterion's score out of 100 (its items weighted by their weights), exact; null until scored. */
  criteria: { criterion: EvaluationCriterion; score: string | null }[];
}

/** A period's results: the rubric's weights and every assessed village of the scope, township by township. */
export interface PeriodReport {
  period: PeriodView;
  rubric: StoredCriterion[];
  villages: ReportVillage[];
}

/**
 * The results of a period over the villages of a scope that have an assessment: township by township (in
 * the townships' order), approved villages first by township rank, then the others by name. A criterion's
 * score is Σ itemWeight × itemScore over its items (weights in basis points), computed in integers.
 * @throws NotFoundError when the county has no such period.
 */
export async function periodReport(
  tx: Tx,
  input: { tenantId: string; periodId: string; scope: UserVillageScope },
): Promise<PeriodReport> {
  const { tenantId, periodId, scope } = input;
  const period = periodView(await loadPeriod(tx, { tenantId, periodId }));
  const rubric = await loadRubric(tx, tenantId, periodId);
  const rows = await tx
    .select({
      assessmentId: evaluationAssessments.id,
      villageId: villages.id,
      villageName: villages.name,
      villageCode: villages.code,
      townshipId: townships.id,
      townshipName: townships.name,
      status: evaluationAssessments.status,
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
        eq(evaluationAssessments.tenantId, tenantId),
        eq(evaluationAssessments.periodId, periodId),
        scope === 'county'
          ? undefined
          : 'villageId' in scope
            ? eq(villages.id, scope.villageId)
            : eq(villages.townshipId, scope.townshipId),
      ),
    )
    .orderBy(asc(townships.sortKey), asc(villages.sortKey));
  const scores = await tx
    .select({
      assessmentId: evaluationScores.assessmentId,
      itemId: evaluationScores.itemId,
      score: evaluationScores.score,
    })
    .from(evaluationScores)
    .innerJoin(
      evaluationAssessments,
      and(
        eq(evaluationAssessments.tenantId, evaluationScores.tenantId),
        eq(evaluationAssessments.id, evaluationScores.assessmentId),
      ),
    )
    .where(and(eq(evaluationScores.tenantId, tenantId), eq(evaluationAssessments.periodId, periodId)));
  const byAssessment = new Map<string, Map<string, string>>();
  for (const s of scores) {
    const found = byAssessment.get(s.assessmentId) ?? new Map<string, string>();
    found.set(s.itemId, s.score);
    byAssessment.set(s.assessmentId, found);
  }
  const ranks = new Map(
    (await getRanking(tx, { tenantId, periodId, scope })).map((row) => [row.villageId, row]),
  );
  const report = rows.map((row) => {
    const rank = ranks.get(row.villageId);
    const itemScores = byAssessment.get(row.assessmentId) ?? new Map<string, string>();
    return {
      villageId: row.villageId,
      villageName: row.villageName,
      villageCode: row.villageCode,
      townshipId: row.townshipId,
      townshipName: row.townshipName,
      status: row.status,
      totalScore: displayScore(row.totalScore),
      countyRank: rank?.countyRank ?? null,
      townshipRank: rank?.townshipRank ?? null,
      criteria: rubric.map((c) => ({ criterion: c.criterion, score: criterionScore(c, itemScores) })),
    };
  });
  const townshipOrder = [...new Set(report.map((row) => row.townshipId))];
  report.sort(
    (a, b) =>
      townshipOrder.indexOf(a.townshipId) - townshipOrder.indexOf(b.townshipId) ||
      (a.townshipRank ?? Number.MAX_SAFE_INTEGER) - (b.townshipRank ?? Number.MAX_SAFE_INTEGER),
  );
  return { period, rubric, villages: report };
}

/** A criterion's score out of 100 with its items' weights, exact to six decimals; null when none is scored. */
export function criterionScore(
  criterion: StoredCriterion,
  scores: ReadonlyMap<string, string>,
): string | null {
  let numerator = 0n;
  let isScored = false;
  for (const item of criterion.items) {
    const score = scores.get(item.id);
    if (score === undefined) continue;
    isScored = true;
    numerator += BigInt(item.weightBp) * BigInt(hundredthsOf(score));
  }
  if (!isScored) return null;
  // weight in 1/10^4 × score in 1/10^2: the numerator counts millionths of a point.
  const digits = numerator.toString().padStart(7, '0');
  return displayScore(`${digits.slice(0, -6)}.${digits.slice(-6)}`);
}
