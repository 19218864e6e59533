import type { Tx } from '@cunshe/db';
import { partyMemberTransfers, partyOrganizations, villages } from '@cunshe/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PartyScope } from '../party-scope';
import { memberRowOfScope } from './member-of-scope';

/** One move of a member between branches. */
export interface MemberTransferView {
  id: string;
  transferredOn: string;
  fromVillageName: string;
  fromOrganizationName: string;
  toVillageName: string;
  toOrganizationName: string;
  reason: string | null;
  actorName: string | null;
  createdAt: Date;
}

const fromVillage = alias(villages, 'from_village');
const toVillage = alias(villages, 'to_village');
const fromOrganization = alias(partyOrganizations, 'from_organization');
const toOrganization = alias(partyOrganizations, 'to_organization');

/**
 * The transfer history of a member of the scope, newest first.
 * @throws NotFoundError when the member is not in the scope.
 */
export async function listMemberTransfers(
  tx: Tx,
  scope: PartyScope,
  memberId: string,
): Promise<MemberTransferView[]> {
  await memberRowOfScope(tx, scope, memberId);
  const t = partyMemberTransfers;
  return tx
    .select({
      id: t.id,
      transferredOn: t.transferredOn,
      fromVillageName: fromVillage.name,
      fromOrganizationName: fromOrganization.name,
      toVillageName: toVillage.name,
      toOrganizationName: toOrganization.name,
      reason: t.reason,
      actorName: t.actorName,
      createdAt: t.createdAt,
    })
    .from(t)
    .innerJoin(fromVillage, and(eq(fromVillage.tenantId, t.tenantId), eq(fromVillage.id, t.fromVillageId)))
    .innerJoin(toVillage, and(eq(toVillage.tenantId, t.tenantId), eq(toVillage.id, t.toVillageId)))
    .innerJoin(
      fromOrganization,
      and(eq(fromOrganization.tenantId, t.tenantId), eq(fromOrganization.id, t.fromOrganizationId)),
    )
    .innerJoin(
      toOrganization,
      and(eq(toOrganization.tenantId, t.tenantId), eq(toOrganization.id, t.toOrganizationId)),
    )
    .where(and(eq(t.tenantId, scope.tenantId), eq(t.memberId, memberId)))
    .orderBy(desc(t.transferredOn), desc(t.createdAt));
}
