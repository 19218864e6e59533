import type { Tx } from '@cunshe/db';
import { evaluationPeriods } from '@cunshe/db/schema';
import { desc, eq } from 'drizzle-orm';
import { type PeriodView, periodView } from './rubric';

/** The county's evaluation periods, newest first. */
export async function listPeriods(tx: Tx, tenantId: string): Promise<PeriodView[]> {
  const rows = await tx
    .select()
    .from(evaluationPeriods)
    .where(eq(evaluationPeriods.tenantId, tenantId))
    .orderBy(desc(evaluationPeriods.createdAt));
  return rows.map(periodView);
}
