import type { Tx } from '@cunshe/db';
import { partyDues, partyMembers, partyOrganizations, villages } from '@cunshe/db/schema';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { offsetOf } from '../../pagination';
import { type PartyScope, villageInScope } from '../party-scope';

/** A member on the books and their dues for the month, or null when not paid yet. */
export interface MonthDuesItem {
  memberId: string;
  memberName: string;
  villageName: string;
  organizationName: string;
  record: { id: string; amountFen: number; retainedFen: number; paidOn: string } | null;
}

/** The month's dues over the whole filter (not just the page). */
export interface MonthDuesTotals {
  memberCount: number;
  paidCount: number;
  amountFen: number;
  retainedFen: number;
}

/**
 * The members on the books (full and probationary) of a scope with their dues for `month`, by village and
 * name, one page at a time, and the month's totals over the whole filter.
 */
export async function listMonthDues(
  tx: Tx,
  scope: PartyScope,
  query: {
    month: string;
    villageId?: string | undefined;
    organizationId?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: MonthDuesItem[]; total: number; totals: MonthDuesTotals }> {
  const onDues = and(
    eq(partyDues.tenantId, partyMembers.tenantId),
    eq(partyDues.memberId, partyMembers.id),
    eq(partyDues.month, query.month),
  );
  const where = and(
    eq(partyMembers.tenantId, scope.tenantId),
    villageInScope(partyMembers.villageId, scope),
    inArray(partyMembers.status, ['full', 'probationary']),
    query.villageId ? eq(partyMembers.villageId, query.villageId) : undefined,
    query.organizationId
      ? or(
          eq(partyMembers.organizationId, query.organizationId),
          eq(partyMembers.groupId, query.organizationId),
        )
      : undefined,
  );
  const rows = await tx
    .select({
      memberId: partyMembers.id,
      memberName: partyMembers.name,
      villageName: villages.name,
      organizationName: partyOrganizations.name,
      recordId: partyDues.id,
      amountFen: partyDues.amountFen,
      retainedFen: partyDues.retainedFen,
      paidOn: partyDues.paidOn,
    })
    .from(partyMembers)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, partyMembers.tenantId), eq(villages.id, partyMembers.villageId)),
    )
    .innerJoin(
      partyOrganizations,
      and(
        eq(partyOrganizations.tenantId, partyMembers.tenantId),
        eq(partyOrganizations.id, partyMembers.organizationId),
      ),
    )
    .leftJoin(partyDues, onDues)
    .where(where)
    .orderBy(asc(villages.sortKey), asc(partyMembers.name), asc(partyMembers.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [totals] = await tx
    .select({
      memberCount: sql<number>`count(*)::int`,
      paidCount: sql<number>`count(${partyDues.id})::int`,
      amountFen: sql<number>`coalesce(sum(${partyDues.amountFen}), 0)::int`,
      retainedFen: sql<number>`coalesce(sum(${partyDues.retainedFen}), 0)::int`,
    })
    .from(partyMembers)
    .leftJoin(partyDues, onDues)
    .where(where);
  const sums = totals ?? { memberCount: 0, paidCount: 0, amountFen: 0, retainedFen: 0 };
  return {
    items: rows.map((row) => ({
      memberId: row.memberId,
      memberName: row.memberName,
      villageName: row.villageName,
      organizationName: row.organizationName,
      record:
        row.recordId && row.amountFen !== null && row.retainedFen !== null && row.paidOn !== null
          ? { id: row.recordId, amountFen: row.amountFen, retainedFen: row.retainedFen, paidOn: row.paidOn }
          : null,
    })),
    total: sums.memberCount,
    totals: sums,
  };
}
