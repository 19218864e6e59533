import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyDues } from '@cunshe/db/schema';
import { ConflictError, type FieldError, InputError, NotFoundError } from '@cunshe/errors';
import { and, eq, sql } from 'drizzle-orm';
import { todayInChina } from '../dates';
import { memberRowOfScope } from '../members/member-of-scope';
import { type PartyScope, villageInScope } from '../party-scope';
import { getDuesSettings, retainedFen } from './dues-settings';

/** One member's dues for one month, as recorded. */
export interface DuesRecord {
  id: string;
  memberId: string;
  month: string;
  amountFen: number;
  retainedFen: number;
  paidOn: string;
}

/**
 * Records (or corrects) a member's party dues for a month (`YYYY-MM`) in integer fen, with the county's
 * retained share computed at the county's current rate and kept with the record. One record per member and
 * month; recording again replaces it. Audited (`party-dues.recorded`).
 * @throws NotFoundError for a member outside the scope; ConflictError for a member no longer on the books;
 * InputError (`paidOn`) for a future day.
 */
export async function recordPartyDues(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    dues: { memberId: string; month: string; amountFen: number; paidOn: string };
    today?: string | undefined;
  },
): Promise<DuesRecord> {
  const { scope, dues } = input;
  const member = await memberRowOfScope(tx, scope, dues.memberId, true);
  if (member.status !== 'full' && member.status !== 'probationary') {
    throw new ConflictError('The member is no longer on the books.');
  }
  const errors: FieldError[] = [];
  if (dues.paidOn > (input.today ?? todayInChina()))
    errors.push({ path: 'paidOn', message: 'in the future' });
  if (errors.length > 0) throw new InputError('The dues break a rule.', errors);
  const { retainedShareBasisPoints } = await getDuesSettings(tx, scope.tenantId);
  const values = {
    villageId: member.villageId,
    organizationId: member.organizationId,
    amountFen: dues.amountFen,
    retainedFen: retainedFen(dues.amountFen, retainedShareBasisPoints),
    paidOn: dues.paidOn,
  };
  const [row] = await tx
    .insert(partyDues)
    .values({ tenantId: scope.tenantId, memberId: member.id, month: dues.month, ...values })
    .onConflictDoUpdate({
      target: [partyDues.tenantId, partyDues.memberId, partyDues.month],
      set: { ...values, updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error('party_dues: the upsert returned no row');
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-dues.recorded',
    entity: 'party-member',
    entityId: member.id,
    after: { month: row.month, amountFen: row.amountFen, retainedFen: row.retainedFen, paidOn: row.paidOn },
    requestId: input.requestId,
  });
  return {
    id: row.id,
    memberId: row.memberId,
    month: row.month,
    amountFen: row.amountFen,
    retainedFen: row.retainedFen,
    paidOn: row.paidOn,
  };
}

/**
 * Removes a dues record of the scope (a mistaken entry), audited (`party-dues.removed`).
 * @throws NotFoundError when the record is not in the scope.
 */
export async function removePartyDues(
  tx: Tx,
  input: { scope: PartyScope; actor: AuditActor | null; requestId?: string | undefined; id: string },
): Promise<void> {
  const { scope } = input;
  const [row] = await tx
    .delete(partyDues)
    .where(
      and(
        eq(partyDues.tenantId, scope.tenantId),
        eq(partyDues.id, input.id),
        villageInScope(partyDues.villageId, scope),
      ),
    )
    .returning();
  if (!row) throw new NotFoundError(`No dues record ${input.id} in your scope.`);
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-dues.removed',
    entity: 'party-member',
    entityId: row.memberId,
    before: { month: row.month, amountFen: row.amountFen, retainedFen: row.retainedFen, paidOn: row.paidOn },
    requestId: input.requestId,
  });
}
