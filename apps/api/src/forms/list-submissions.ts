import type { Tx } from '@cunshe/db';
import { formSubmissions, serviceRequests } from '@cunshe/db/schema';
import { and, count, desc, eq } from 'drizzle-orm';
import { offsetOf } from '../pagination';
import type { VillageScope } from '../villages/village-scope';
import { villageInScope } from './submission-scope';
import { type SubmissionView, submissionView } from './submission-view';

/**
 * The submissions of one form in the scope (every version), newest first, one page at a time.
 */
export async function listSubmissions(
  tx: Tx,
  input: {
    scope: VillageScope;
    pluginId: string;
    formKey: string;
    villageId?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: SubmissionView[]; total: number }> {
  const { scope } = input;
  const where = and(
    eq(formSubmissions.tenantId, scope.tenantId),
    eq(formSubmissions.pluginId, input.pluginId),
    eq(formSubmissions.formKey, input.formKey),
    villageInScope(formSubmissions.villageId, scope),
    input.villageId ? eq(formSubmissions.villageId, input.villageId) : undefined,
  );
  const rows = await tx
    .select({
      row: formSubmissions,
      status: serviceRequests.status,
      version: serviceRequests.version,
      dueAt: serviceRequests.dueAt,
    })
    .from(formSubmissions)
    .leftJoin(
      serviceRequests,
      and(eq(serviceRequests.tenantId, formSubmissions.tenantId), eq(serviceRequests.id, formSubmissions.id)),
    )
    .where(where)
    .orderBy(desc(formSubmissions.createdAt), desc(formSubmissions.id))
    .limit(input.pageSize)
    .offset(offsetOf(input));
  const [total] = await tx.select({ total: count() }).from(formSubmissions).where(where);
  return {
    items: rows.map(({ row, status, version, dueAt }) =>
      submissionView(row, status && version !== null ? { status, version, dueAt } : null),
    ),
    total: total?.total ?? 0,
  };
}
