import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { evaluationPeriods } from '@cunshe/db/schema';
import { ConflictError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import { defaultRubric } from './default-rubric';
import { insertRubric, type PeriodView, periodView } from './rubric';

/**
 * Drafts an evaluation period with the default rubric (audited `evaluation-period.created`).
 * @throws ConflictError when the county already has a period of that name.
 */
export async function createPeriod(
  tx: Tx,
  input: { tenantId: string; name: string; actor: AuditActor | null; requestId?: string | undefined },
): Promise<PeriodView> {
  const { tenantId, name } = input;
  const [existing] = await tx
    .select({ id: evaluationPeriods.id })
    .from(evaluationPeriods)
    .where(and(eq(evaluationPeriods.tenantId, tenantId), eq(evaluationPeriods.name, name)));
  if (existing) throw new ConflictError(`The county already has a period named ${name}.`);
  const [period] = await tx.insert(evaluationPeriods).values({ tenantId, name }).returning();
  if (!period) throw new Error('insert returned no period');
  await insertRubric(tx, { tenantId, periodId: period.id, rubric: defaultRubric });
  await recordAudit(tx, {
    tenantId,
    actor: input.actor,
    action: 'evaluation-period.created',
    entity: 'evaluation-period',
    entityId: period.id,
    after: { name },
    requestId: input.requestId,
  });
  return periodView(period);
}
