import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { evaluationAssessments, evaluationScores } from '@cunshe/db/schema';
import { ConflictError, InputError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import type { AssessedVillage } from './evaluation-scope';
import { loadPeriod, loadRubric } from './rubric';
import { hundredthsOf, totalScore, type WeightedItem } from './score-math';

/** One item's self-assessment: a score of 0–100, links to evidence (activities, ledgers, files) and a comment. */
export interface ItemScoreInput {
  itemId: string;
  score: string;
  evidence?: string[] | undefined;
  comment?: string | null | undefined;
}

/**
 * Saves a village's self-assessment in an open period: the given item scores replace earlier ones, and the
 * exact total is recomputed from the frozen rubric. Only a draft or a returned assessment can change, and only
 * from the version the scorer loaded (optimistic concurrency: a second tab's stale save is refused, never merged).
 * @throws ConflictError when the period is not open, the assessment is already submitted, or `version` is not
 *   the stored one (0 stands for "no assessment yet").
 * @throws InputError for an item that is not in the period's rubric or a malformed score.
 */
export async function saveSelfAssessment(
  tx: Tx,
  input: {
    tenantId: string;
    periodId: string;
    village: AssessedVillage;
    scores: ItemScoreInput[];
    /** The assessment's version as loaded; 0 when it had not been started. */
    version: number;
    selfComment?: string | null | undefined;
    actor: AuditActor | null;
    requestId?: string | undefined;
  },
): Promise<void> {
  const { tenantId, periodId, village } = input;
  const period = await loadPeriod(tx, { tenantId, periodId });
  if (period.status !== 'open') throw new ConflictError(`The period ${period.name} is not open for scoring.`);
  const rubric = await loadRubric(tx, tenantId, periodId);
  const items: WeightedItem[] = rubric.flatMap((c) =>
    c.items.map((item) => ({ id: item.id, weightBp: item.weightBp, criterionWeightBp: c.weightBp })),
  );
  const itemIds = new Set(items.map((item) => item.id));
  for (const score of input.scores) {
    if (!itemIds.has(score.itemId)) throw new InputError(`No item ${score.itemId} in this period's rubric.`);
    hundredthsOf(score.score);
  }
  const [created] = await tx
    .insert(evaluationAssessments)
    .values({ tenantId, periodId, villageId: village.id })
    .onConflictDoNothing()
    .returning({ id: evaluationAssessments.id });
  const [assessment] = await tx
    .select()
    .from(evaluationAssessments)
    .where(
      and(
        eq(evaluationAssessments.tenantId, tenantId),
        eq(evaluationAssessments.periodId, periodId),
        eq(evaluationAssessments.villageId, village.id),
      ),
    )
    .for('update');
  if (!assessment) throw new Error('assessment vanished');
  const storedVersion = created ? 0 : assessment.version;
  if (input.version !== storedVersion)
    throw new ConflictError(
      `The assessment of ${village.name} changed since it was loaded (version ${storedVersion}, not ${input.version}); reload it and score again.`,
    );
  if (assessment.status !== 'draft' && assessment.status !== 'returned')
    throw new ConflictError(
      `The assessment of ${village.name} is ${assessment.status}; it cannot change now.`,
    );
  for (const score of input.scores) {
    const values = {
      score: score.score,
      evidence: score.evidence ?? [],
      comment: score.comment ?? null,
    };
    await tx
      .insert(evaluationScores)
      .values({ tenantId, assessmentId: assessment.id, itemId: score.itemId, ...values })
      .onConflictDoUpdate({
        target: [evaluationScores.tenantId, evaluationScores.assessmentId, evaluationScores.itemId],
        set: values,
      });
  }
  const stored = await tx
    .select({ itemId: evaluationScores.itemId, score: evaluationScores.score })
    .from(evaluationScores)
    .where(and(eq(evaluationScores.tenantId, tenantId), eq(evaluationScores.assessmentId, assessment.id)));
  const total = totalScore(items, new Map(stored.map((s) => [s.itemId, s.score])));
  await tx
    .update(evaluationAssessments)
    .set({
      totalScore: total,
      updatedAt: new Date(),
      version: storedVersion === 0 ? 1 : storedVersion + 1,
      ...(input.selfComment !== undefined ? { selfComment: input.selfComment } : {}),
    })
    .where(and(eq(evaluationAssessments.tenantId, tenantId), eq(evaluationAssessments.id, assessment.id)));
  await recordAudit(tx, {
    tenantId,
    actor: input.actor,
    action: 'evaluation-assessment.scored',
    entity: 'evaluation-assessment',
    entityId: assessment.id,
    before: { totalScore: assessment.totalScore },
    after: { totalScore: total, items: input.scores.length },
    requestId: input.requestId,
  });
}
