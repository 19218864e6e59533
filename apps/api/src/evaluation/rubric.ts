import type { Tx } from '@cunshe/db';
import {
  evaluationCriteria,
  evaluationCriterionWeights,
  evaluationItems,
  evaluationPeriods,
} from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, asc, eq } from 'drizzle-orm';
import type { RubricCriterion } from './default-rubric';

/** A period as the API shows it. */
export interface PeriodView {
  id: string;
  name: string;
  status: 'draft' | 'open' | 'closed';
  openedAt: string | null;
  closedAt: string | null;
  createdAt: string;
}

/** A rubric criterion with its stored item ids. */
export type StoredCriterion = Omit<RubricCriterion, 'items'> & {
  items: { id: string; title: string; weightBp: number }[];
};

/** A period row as {@link PeriodView}. */
export function periodView(row: typeof evaluationPeriods.$inferSelect): PeriodView {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    openedAt: row.openedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A period of the county, optionally locked for a change.
 * @throws NotFoundError when the county has no such period.
 */
export async function loadPeriod(
  tx: Tx,
  input: { tenantId: string; periodId: string; isForUpdate?: boolean },
): Promise<typeof evaluationPeriods.$inferSelect> {
  const query = tx
    .select()
    .from(evaluationPeriods)
    .where(and(eq(evaluationPeriods.tenantId, input.tenantId), eq(evaluationPeriods.id, input.periodId)));
  const [period] = input.isForUpdate ? await query.for('update') : await query;
  if (!period) throw new NotFoundError(`No evaluation period ${input.periodId}.`);
  return period;
}

/** The rubric of a period: the five criteria in order, each with its items in order. */
export async function loadRubric(tx: Tx, tenantId: string, periodId: string): Promise<StoredCriterion[]> {
  const weights = await tx
    .select()
    .from(evaluationCriterionWeights)
    .where(
      and(
        eq(evaluationCriterionWeights.tenantId, tenantId),
        eq(evaluationCriterionWeights.periodId, periodId),
      ),
    );
  const items = await tx
    .select()
    .from(evaluationItems)
    .where(and(eq(evaluationItems.tenantId, tenantId), eq(evaluationItems.periodId, periodId)))
    .orderBy(asc(evaluationItems.position));
  return evaluationCriteria.map((criterion) => ({
    criterion,
    weightBp: weights.find((w) => w.criterion === criterion)?.weightBp ?? 0,
    items: items
      .filter((item) => item.criterion === criterion)
      .map((item) => ({ id: item.id, title: item.title, weightBp: item.weightBp })),
  }));
}

/** Writes a rubric for a period (the caller has removed the old one). */
export async function insertRubric(
  tx: Tx,
  input: { tenantId: string; periodId: string; rubric: readonly RubricCriterion[] },
): Promise<void> {
  const { tenantId, periodId, rubric } = input;
  await tx
    .insert(evaluationCriterionWeights)
    .values(rubric.map((c) => ({ tenantId, periodId, criterion: c.criterion, weightBp: c.weightBp })));
  await tx.insert(evaluationItems).values(
    rubric.flatMap((c) =>
      c.items.map((item, position) => ({
        tenantId,
        periodId,
        criterion: c.criterion,
        position,
        title: item.title,
        weightBp: item.weightBp,
      })),
    ),
  );
}
