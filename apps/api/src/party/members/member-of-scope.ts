import type { Tx } from '@cunshe/db';
import { partyMembers } from '@cunshe/db/schema';
import { InputError, NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import { organizationRowOfScope } from '../organizations/get-party-organization';
import { bookKeepingKinds } from '../organizations/organization-view';
import { type PartyScope, villageInScope } from '../party-scope';

/**
 * The row of one member of the scope; `isLocked` locks it for the transaction, for operations that write.
 * @throws NotFoundError when the member is not in the scope.
 */
export async function memberRowOfScope(tx: Tx, scope: PartyScope, id: string, isLocked = false) {
  const query = tx
    .select()
    .from(partyMembers)
    .where(
      and(
        eq(partyMembers.tenantId, scope.tenantId),
        eq(partyMembers.id, id),
        villageInScope(partyMembers.villageId, scope),
      ),
    );
  const [row] = isLocked ? await query.for('update') : await query;
  if (!row) throw new NotFoundError(`No party member ${id} in your scope.`);
  return row;
}

/** Where a member is kept: the village and organization on whose books, and the party group if any. */
export interface MemberPlacement {
  villageId: string;
  organizationId: string;
  groupId: string | null;
}

/**
 * Checks where a member is to be kept: an organization of the scope that keeps members on its books (a
 * branch, general branch or association branch), and optionally a party group of that organization.
 * @throws NotFoundError for an organization outside the scope; InputError naming `organizationId` or
 * `groupId` when the kind or the group's branch is wrong.
 */
export async function placementOf(
  tx: Tx,
  scope: PartyScope,
  organizationId: string,
  groupId: string | null | undefined,
): Promise<MemberPlacement> {
  const organization = await organizationRowOfScope(tx, scope, organizationId);
  if (!bookKeepingKinds.includes(organization.kind)) {
    throw new InputError('Members are kept on the books of a branch.', [
      {
        path: 'organizationId',
        message: 'must be a branch, general branch or association branch (not a party group)',
      },
    ]);
  }
  if (groupId) {
    const group = await organizationRowOfScope(tx, scope, groupId);
    if (group.kind !== 'party-group' || group.parentId !== organization.id) {
      throw new InputError('The party group must belong to the branch.', [
        { path: 'groupId', message: 'must be a party group of the chosen branch' },
      ]);
    }
  }
  return { villageId: organization.villageId, organizationId: organization.id, groupId: groupId ?? null };
}
