import type { Tx } from '@cunshe/db';
import { partyDues } from '@cunshe/db/schema';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import { type PartyScope, villageInScope } from '../party-scope';
import { getDuesSettings } from './dues-settings';

/** A year of dues over a scope: each month's sums and the year's, in fen. */
export interface DuesSummary {
  year: string;
  retainedShareBasisPoints: number;
  months: { month: string; recordCount: number; amountFen: number; retainedFen: number }[];
  totalAmountFen: number;
  totalRetainedFen: number;
}

/**
 * The dues of a year over the villages of a scope, month by month, with the share retained. Over the whole
 * county, `totalRetainedFen` is the county's retained dues (留存党费) of the year: the fund the organization
 * department allocates from (the seed's 从留存党费中拨出专款), which the evaluation reads.
 */
export async function duesSummary(tx: Tx, scope: PartyScope, year: string): Promise<DuesSummary> {
  const months = await tx
    .select({
      month: partyDues.month,
      recordCount: sql<number>`count(*)::int`,
      amountFen: sql<number>`sum(${partyDues.amountFen})::int`,
      retainedFen: sql<number>`sum(${partyDues.retainedFen})::int`,
    })
    .from(partyDues)
    .where(
      and(
        eq(partyDues.tenantId, scope.tenantId),
        villageInScope(partyDues.villageId, scope),
        like(partyDues.month, `${year}-%`),
      ),
    )
    .groupBy(partyDues.month)
    .orderBy(asc(partyDues.month));
  const { retainedShareBasisPoints } = await getDuesSettings(tx, scope.tenantId);
  return {
    year,
    retainedShareBasisPoints,
    months,
    totalAmountFen: months.reduce((sum, m) => sum + m.amountFen, 0),
    totalRetainedFen: months.reduce((sum, m) => sum + m.retainedFen, 0),
  };
}

/** The county's retained dues of a year in fen, for the evaluation's allocations. */
export async function retainedDuesOf(tx: Tx, input: { tenantId: string; year: string }): Promise<number> {
  return (await duesSummary(tx, { tenantId: input.tenantId }, input.year)).totalRetainedFen;
}
