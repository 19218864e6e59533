import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { evaluationPeriods } from '@cunshe/db/schema';
import { ConflictError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import { loadPeriod, type PeriodView, periodView } from './rubric';

/**
 * Opens a drafted period (its rubric is frozen from then on) or closes an open one; audited
 * `evaluation-period.opened` / `.closed`.
 * @throws ConflictError for any other step (a period never reopens).
 */
export async function transitionPeriod(
  tx: Tx,
  input: {
    tenantId: string;
    periodId: string;
    to: 'open' | 'closed';
    actor: AuditActor | null;
    requestId?: string | undefined;
  },
): Promise<PeriodView> {
  const { tenantId, periodId, to } = input;
  const period = await loadPeriod(tx, { tenantId, periodId, isForUpdate: true });
  const from = to === 'open' ? 'draft' : 'open';
  if (period.status !== from)
    throw new ConflictError(
      `The period ${period.name} is ${period.status}; only a ${from} period can be ${to === 'open' ? 'opened' : 'closed'}.`,
    );
  const now = new Date();
  const [updated] = await tx
    .update(evaluationPeriods)
    .set(to === 'open' ? { status: 'open', openedAt: now } : { status: 'closed', closedAt: now })
    .where(and(eq(evaluationPeriods.tenantId, tenantId), eq(evaluationPeriods.id, periodId)))
    .returning();
  if (!updated) throw new Error('update returned no period');
  await recordAudit(tx, {
    tenantId,
    actor: input.actor,
    action: to === 'open' ? 'evaluation-period.opened' : 'evaluation-period.closed',
    entity: 'evaluation-period',
    entityId: periodId,
    before: { status: period.status },
    after: { status: updated.status },
    requestId: input.requestId,
  });
  return periodView(updated);
}
