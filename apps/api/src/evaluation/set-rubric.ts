import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { evaluationCriteria, evaluationCriterionWeights, evaluationItems } from '@cunshe/db/schema';
import { ConflictError, InputError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import type { RubricCriterion } from './default-rubric';
import { insertRubric, loadPeriod, loadRubric, type StoredCriterion } from './rubric';

const FULL = 10_000;

/**
 * Replaces a drafted period's rubric (audited `evaluation-rubric.changed` with before and after). Once a
 * period opens its rubric is frozen, so that every village of the period is scored by the same weights.
 * @throws InputError unless the five criteria each appear once, their weights sum to 10000 basis points and
 * each criterion's item weights sum to 10000.
 * @throws ConflictError when the period is open or closed.
 */
export async function setRubric(
  tx: Tx,
  input: {
    tenantId: string;
    periodId: string;
    rubric: readonly RubricCriterion[];
    actor: AuditActor | null;
    requestId?: string | undefined;
  },
): Promise<StoredCriterion[]> {
  const { tenantId, periodId, rubric } = input;
  const period = await loadPeriod(tx, { tenantId, periodId, isForUpdate: true });
  if (period.status !== 'draft')
    throw new ConflictError(`The period ${period.name} is ${period.status}: its rubric is frozen.`);
  assertRubric(rubric);
  const before = await loadRubric(tx, tenantId, periodId);
  const where = (table: typeof evaluationItems | typeof evaluationCriterionWeights) =>
    and(eq(table.tenantId, tenantId), eq(table.periodId, periodId));
  await tx.delete(evaluationItems).where(where(evaluationItems));
  await tx.delete(evaluationCriterionWeights).where(where(evaluationCriterionWeights));
  await insertRubric(tx, { tenantId, periodId, rubric });
  const after = await loadRubric(tx, tenantId, periodId);
  await recordAudit(tx, {
    tenantId,
    actor: input.actor,
    action: 'evaluation-rubric.changed',
    entity: 'evaluation-period',
    entityId: periodId,
    before,
    after,
    requestId: input.requestId,
  });
  return after;
}

function assertRubric(rubric: readonly RubricCriterion[]): void {
  const names = rubric.map((c) => c.criterion);
  const repeated = names.findIndex((name, i) => names.indexOf(name) !== i);
  if (names.length !== evaluationCriteria.length || evaluationCriteria.some((c) => !names.includes(c)))
    throw new InputError(`A rubric has each of the five criteria once: ${evaluationCriteria.join(', ')}.`, [
      {
        path: repeated >= 0 ? `criteria.${repeated}.criterion` : 'criteria',
        message: 'each of the five criteria once',
      },
    ]);
  const sum = rubric.reduce((total, c) => total + c.weightBp, 0);
  if (sum !== FULL)
    throw new InputError(`The criteria weights sum to ${sum} basis points, not ${FULL}.`, [
      { path: 'criteria', message: `the weights sum to ${sum} basis points, not ${FULL}` },
    ]);
  rubric.forEach((c, i) => {
    const itemSum = c.items.reduce((total, item) => total + item.weightBp, 0);
    if (c.items.length === 0 || itemSum !== FULL)
      throw new InputError(`The items of ${c.criterion} weigh ${itemSum} basis points, not ${FULL}.`, [
        { path: `criteria.${i}.items`, message: `the items weigh ${itemSum} basis points, not ${FULL}` },
      ]);
  });
}
