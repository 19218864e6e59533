import type { Tx } from '@cunshe/db';
import { evaluationAssessments, evaluationPeriods } from '@cunshe/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { displayScore } from './score-math';

/** A village's assessment in one period. */
export interface HistoryEntry {
  periodId: string;
  periodName: string;
  periodStatus: 'draft' | 'open' | 'closed';
  status: string;
  totalScore: string | null;
}

/** A village's assessments across the county's periods, newest period first. */
export async function villageHistory(
  tx: Tx,
  input: { tenantId: string; villageId: string },
): Promise<HistoryEntry[]> {
  const rows = await tx
    .select({
      periodId: evaluationPeriods.id,
      periodName: evaluationPeriods.name,
      periodStatus: evaluationPeriods.status,
      status: evaluationAssessments.status,
      totalScore: evaluationAssessments.totalScore,
    })
    .from(evaluationAssessments)
    .innerJoin(
      evaluationPeriods,
      and(
        eq(evaluationPeriods.tenantId, evaluationAssessments.tenantId),
        eq(evaluationPeriods.id, evaluationAssessments.periodId),
      ),
    )
    .where(
      and(
        eq(evaluationAssessments.tenantId, input.tenantId),
        eq(evaluationAssessments.villageId, input.villageId),
      ),
    )
    .orderBy(desc(evaluationPeriods.createdAt));
  return rows.map((row) => ({ ...row, totalScore: displayScore(row.totalScore) }));
}
