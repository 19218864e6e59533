import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import {
  type AssessmentStatus,
  evaluationAssessments,
  evaluationItems,
  evaluationScores,
} from '@cunshe/db/schema';
import { ConflictError, InputError } from '@cunshe/errors';
import { and, count, eq, sql } from 'drizzle-orm';
import type { AssessedVillage } from './evaluation-scope';
import { loadPeriod } from './rubric';

/** A step of the workflow: the village submits, the township reviews, the county approves or returns. */
export type AssessmentStep = 'submit' | 'review' | 'approve' | 'return';

/** Each step, the statuses it starts from and the status it leads to: no step can be skipped. */
const STEPS: Record<AssessmentStep, { from: readonly AssessmentStatus[]; to: AssessmentStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  review: { from: ['submitted'], to: 'reviewed' },
  approve: { from: ['reviewed'], to: 'approved' },
  return: { from: ['reviewed'], to: 'returned' },
};

/**
 * Moves a village's assessment one step on in an open period (audited `evaluation-assessment.<status reached>`: submitted, reviewed, approved, returned). A
 * submission needs every item scored; a return needs a reason, which the village sees.
 * @throws ConflictError for a step that does not follow from the current status, or a period not open.
 * @throws InputError for a return without a reason, naming the field `comment`.
 */
export async function transitionAssessment(
  tx: Tx,
  input: {
    tenantId: string;
    periodId: string;
    village: AssessedVillage;
    step: AssessmentStep;
    comment?: string | null | undefined;
    actor: AuditActor | null;
    requestId?: string | undefined;
  },
): Promise<AssessmentStatus> {
  const { tenantId, periodId, village, step } = input;
  const period = await loadPeriod(tx, { tenantId, periodId });
  if (period.status !== 'open') throw new ConflictError(`The period ${period.name} is not open.`);
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
  const status: AssessmentStatus | 'not-started' = assessment?.status ?? 'not-started';
  const rule = STEPS[step];
  if (!assessment || !rule.from.includes(assessment.status))
    throw new ConflictError(
      `The assessment of ${village.name} is ${status}; "${step}" needs it ${rule.from.join(' or ')}.`,
    );
  if (step === 'submit') await assertFullyScored(tx, { tenantId, periodId, assessmentId: assessment.id });
  const comment = input.comment?.trim() || null;
  if (step === 'return' && !comment)
    throw new InputError('A return needs a reason.', [
      { path: 'comment', message: 'a return needs a reason' },
    ]);
  const now = new Date();
  await tx
    .update(evaluationAssessments)
    .set({
      status: rule.to,
      updatedAt: now,
      version: sql`${evaluationAssessments.version} + 1`,
      ...(step === 'submit' ? { submittedAt: now, returnReason: null } : {}),
      ...(step === 'review' ? { reviewedAt: now, reviewComment: comment } : {}),
      ...(step === 'approve' ? { decidedAt: now } : {}),
      ...(step === 'return' ? { decidedAt: now, returnReason: comment } : {}),
    })
    .where(and(eq(evaluationAssessments.tenantId, tenantId), eq(evaluationAssessments.id, assessment.id)));
  await recordAudit(tx, {
    tenantId,
    actor: input.actor,
    action: `evaluation-assessment.${rule.to}`,
    entity: 'evaluation-assessment',
    entityId: assessment.id,
    before: { status: assessment.status },
    after: { status: rule.to, comment },
    requestId: input.requestId,
  });
  return rule.to;
}

async function assertFullyScored(
  tx: Tx,
  input: { tenantId: string; periodId: string; assessmentId: string },
): Promise<void> {
  const [items] = await tx
    .select({ n: count() })
    .from(evaluationItems)
    .where(and(eq(evaluationItems.tenantId, input.tenantId), eq(evaluationItems.periodId, input.periodId)));
  const [scored] = await tx
    .select({ n: count() })
    .from(evaluationScores)
    .where(
      and(
        eq(evaluationScores.tenantId, input.tenantId),
        eq(evaluationScores.assessmentId, input.assessmentId),
      ),
    );
  if ((scored?.n ?? 0) < (items?.n ?? 0))
    throw new ConflictError(`Score every item before submitting (${scored?.n ?? 0} of ${items?.n ?? 0}).`);
}
