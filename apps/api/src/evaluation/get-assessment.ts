import type { Tx } from '@cunshe/db';
import { type AssessmentStatus, auditLog, evaluationAssessments, evaluationScores } from '@cunshe/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { AssessedVillage } from './evaluation-scope';
import { loadRubric, type StoredCriterion } from './rubric';
import { displayScore } from './score-math';

/** One village's assessment in a period: the rubric with the village's scores, evidence and comments. */
export interface AssessmentView {
  periodId: string;
  village: { id: string; name: string; code: string; townshipName: string };
  status: AssessmentStatus | 'not-started';
  totalScore: string | null;
  /** The version a save must send back (0 before the village's first save). */
  version: number;
  selfComment: string | null;
  reviewComment: string | null;
  returnReason: string | null;
  criteria: (Omit<StoredCriterion, 'items'> & {
    items: (StoredCriterion['items'][number] & {
      score: string | null;
      evidence: string[];
      comment: string | null;
    })[];
  })[];
  /** Every change of the assessment, oldest first, from the audit log: scoring and each workflow step. */
  history: { action: AssessmentAction; actorName: string | null; at: string; comment: string | null }[];
}

/** What happened to an assessment: it was scored, or moved to a status. */
export type AssessmentAction = 'scored' | Exclude<AssessmentStatus, 'draft'>;

/** The assessment of a village in a period (a village that has not started answers `not-started`). */
export async function getAssessment(
  tx: Tx,
  input: { tenantId: string; periodId: string; village: AssessedVillage },
): Promise<AssessmentView> {
  const { tenantId, periodId, village } = input;
  const rubric = await loadRubric(tx, tenantId, periodId);
  const [assessment] = await tx
    .select()
    .from(evaluationAssessments)
    .where(
      and(
        eq(evaluationAssessments.tenantId, tenantId),
        eq(evaluationAssessments.periodId, periodId),
        eq(evaluationAssessments.villageId, village.id),
      ),
    );
  const scores = assessment
    ? await tx
        .select()
        .from(evaluationScores)
        .where(and(eq(evaluationScores.tenantId, tenantId), eq(evaluationScores.assessmentId, assessment.id)))
    : [];
  const byItem = new Map(scores.map((s) => [s.itemId, s]));
  const audit = assessment
    ? await tx
        .select({
          action: auditLog.action,
          actorName: auditLog.actorName,
          at: auditLog.at,
          after: auditLog.after,
        })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.tenantId, tenantId),
            eq(auditLog.entity, 'evaluation-assessment'),
            eq(auditLog.entityId, assessment.id),
          ),
        )
        .orderBy(asc(auditLog.at))
    : [];
  return {
    periodId,
    village: { id: village.id, name: village.name, code: village.code, townshipName: village.townshipName },
    status: assessment?.status ?? 'not-started',
    totalScore: displayScore(assessment?.totalScore ?? null),
    version: assessment?.version ?? 0,
    selfComment: assessment?.selfComment ?? null,
    reviewComment: assessment?.reviewComment ?? null,
    returnReason: assessment?.returnReason ?? null,
    criteria: rubric.map((c) => ({
      ...c,
      items: c.items.map((item) => {
        const score = byItem.get(item.id);
        return {
          ...item,
          score: displayScore(score?.score ?? null),
          evidence: score?.evidence ?? [],
          comment: score?.comment ?? null,
        };
      }),
    })),
    history: audit.map((entry) => ({
      action: entry.action.replace('evaluation-assessment.', '') as AssessmentAction,
      actorName: entry.actorName,
      at: entry.at.toISOString(),
      comment: commentOf(entry.after),
    })),
  };
}

function commentOf(after: unknown): string | null {
  if (typeof after !== 'object' || after === null || !('comment' in after)) return null;
  return typeof after.comment === 'string' ? after.comment : null;
}
