import type { Tx } from '@cunshe/db';
import { partyMembers } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, eq } from 'drizzle-orm';
import { todayInChina } from '../dates';
import { type PartyScope, villageInScope } from '../party-scope';
import { memberRows, type PartyMemberView, toView } from './member-view';

/**
 * One member of the scope, ID number masked.
 * @throws NotFoundError when the member is not in the scope.
 */
export async function getPartyMember(
  tx: Tx,
  scope: PartyScope,
  id: string,
  today: string = todayInChina(),
): Promise<PartyMemberView> {
  const [row] = await memberRows(
    tx,
    and(
      eq(partyMembers.tenantId, scope.tenantId),
      eq(partyMembers.id, id),
      villageInScope(partyMembers.villageId, scope),
    ),
  );
  if (!row) throw new NotFoundError(`No party member ${id} in your scope.`);
  return toView(row, today);
}
