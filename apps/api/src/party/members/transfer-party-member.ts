import { type AuditActor, recordAudit } from '@cunshe/auth';
import type { Tx } from '@cunshe/db';
import { partyMembers, partyMemberTransfers, partyOrganizations } from '@cunshe/db/schema';
import { ConflictError, InputError } from '@cunshe/errors';
import { and, eq, sql } from 'drizzle-orm';
import { todayInChina } from '../dates';
import type { PartyScope } from '../party-scope';
import { getPartyMember } from './get-party-member';
import { memberRowOfScope, placementOf } from './member-of-scope';
import type { PartyMemberView } from './member-view';

/**
 * Transfers a member's organizational relationship (组织关系转接) to another branch of the county: the member
 * moves to the branch's village and books (out of any party group), and the move is kept in the member's
 * transfer history, which is append-only. Both ends must lie in the caller's scope: a village moves members
 * between its own branches; across villages, the township or county transfers. Audited
 * (`party-member.transferred`).
 * @throws NotFoundError for a member or branch outside the scope; InputError (`toOrganizationId`) for the
 * member's own branch or a party group, (`transferredOn`) for a future date; ConflictError for a member no
 * longer on the books.
 */
export async function transferPartyMember(
  tx: Tx,
  input: {
    scope: PartyScope;
    actor: AuditActor | null;
    requestId?: string | undefined;
    id: string;
    toOrganizationId: string;
    transferredOn: string;
    reason?: string | null | undefined;
    today?: string | undefined;
  },
): Promise<PartyMemberView> {
  const { scope } = input;
  const today = input.today ?? todayInChina();
  const member = await memberRowOfScope(tx, scope, input.id, true);
  if (member.status === 'transferred-out' || member.status === 'deceased') {
    throw new ConflictError('The member is no longer on the county’s books.');
  }
  if (input.transferredOn > today) {
    throw new InputError('The transfer date is in the future.', [
      { path: 'transferredOn', message: 'the transfer date is in the future' },
    ]);
  }
  if (input.toOrganizationId === member.organizationId) {
    throw new InputError('The member is already on that branch’s books.', [
      { path: 'toOrganizationId', message: 'the member is already on this branch’s books' },
    ]);
  }
  const to = await placementOf(tx, scope, input.toOrganizationId, null);
  await tx.insert(partyMemberTransfers).values({
    tenantId: scope.tenantId,
    memberId: member.id,
    fromVillageId: member.villageId,
    fromOrganizationId: member.organizationId,
    toVillageId: to.villageId,
    toOrganizationId: to.organizationId,
    transferredOn: input.transferredOn,
    reason: input.reason?.normalize('NFC').trim() || null,
    actorId: input.actor?.id ?? null,
    actorName: input.actor?.displayName ?? null,
  });
  await tx
    .update(partyMembers)
    .set({ villageId: to.villageId, organizationId: to.organizationId, groupId: null, updatedAt: new Date() })
    .where(and(eq(partyMembers.tenantId, scope.tenantId), eq(partyMembers.id, member.id)));
  // A secretary who leaves the branch is no longer its secretary.
  await tx
    .update(partyOrganizations)
    .set({ secretaryMemberId: null, updatedAt: new Date() })
    .where(
      and(
        eq(partyOrganizations.tenantId, scope.tenantId),
        eq(partyOrganizations.secretaryMemberId, member.id),
        sql`${partyOrganizations.id} <> ${to.organizationId}`,
      ),
    );
  await recordAudit(tx, {
    tenantId: scope.tenantId,
    actor: input.actor,
    action: 'party-member.transferred',
    entity: 'party-member',
    entityId: member.id,
    before: { villageId: member.villageId, organizationId: member.organizationId, groupId: member.groupId },
    after: { villageId: to.villageId, organizationId: to.organizationId, transferredOn: input.transferredOn },
    requestId: input.requestId,
  });
  return getPartyMember(tx, scope, member.id, today);
}
