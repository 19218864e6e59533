import type { UserVillageScope } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { type AssessmentStatus, evaluationAssessments, townships, villages } from '@cunshe/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { displayScore } from './score-math';

/** A village of the scope with where its assessment in a period stands. */
export interface AssessmentListItem {
  villageId: string;
  villageName: string;
  townshipName: string;
  status: AssessmentStatus | 'not-started';
  totalScore: string | null;
}

/** Every village of the user's scope with the status and total of its assessment in a period. */
export async function listAssessments(
  tx: Tx,
  input: { tenantId: string; periodId: string; scope: UserVillageScope },
): Promise<AssessmentListItem[]> {
  const { tenantId, periodId, scope } = input;
  const rows = await tx
    .select({
      villageId: villages.id,
      villageName: villages.name,
      townshipName: townships.name,
      status: evaluationAssessments.status,
      totalScore: evaluationAssessments.totalScore,
    })
    .from(villages)
    .innerJoin(
      townships,
      and(eq(townships.tenantId, villages.tenantId), eq(townships.id, villages.townshipId)),
    )
    .leftJoin(
      evaluationAssessments,
      and(
        eq(evaluationAssessments.tenantId, villages.tenantId),
        eq(evaluationAssessments.villageId, villages.id),
        eq(evaluationAssessments.periodId, periodId),
      ),
    )
    .where(
      and(
        eq(villages.tenantId, tenantId),
        eq(villages.isRetired, false),
        scope === 'county'
          ? undefined
          : 'villageId' in scope
            ? eq(villages.id, scope.villageId)
            : eq(villages.townshipId, scope.townshipId),
      ),
    )
    .orderBy(asc(townships.sortKey), asc(villages.sortKey));
  return rows.map((row) => ({
    ...row,
    status: row.status ?? 'not-started',
    totalScore: displayScore(row.totalScore),
  }));
}
