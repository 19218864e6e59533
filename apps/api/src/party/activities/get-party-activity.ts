import type { Tx } from '@cunshe/db';
import { partyActivities, partyActivityParticipants, partyMembers } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, asc, eq } from 'drizzle-orm';
import { type PartyScope, villageInScope } from '../party-scope';
import { activityRows, type PartyActivityListItem } from './activity-views';

/** One participant of an activity. */
export interface ActivityParticipantView {
  memberId: string;
  memberName: string;
  hours: number;
  role: string | null;
}

/** An activity with its participants. */
export interface PartyActivityView extends PartyActivityListItem {
  participants: ActivityParticipantView[];
}

/**
 * One activity of the scope with its participants.
 * @throws NotFoundError when it is not in the scope.
 */
export async function getPartyActivity(tx: Tx, scope: PartyScope, id: string): Promise<PartyActivityView> {
  const [activity] = await activityRows(
    tx,
    and(
      eq(partyActivities.tenantId, scope.tenantId),
      eq(partyActivities.id, id),
      villageInScope(partyActivities.villageId, scope),
    ),
  );
  if (!activity) throw new NotFoundError(`No party activity ${id} in your scope.`);
  const p = partyActivityParticipants;
  const participants = await tx
    .select({ memberId: p.memberId, memberName: partyMembers.name, hours: p.hours, role: p.role })
    .from(p)
    .innerJoin(partyMembers, and(eq(partyMembers.tenantId, p.tenantId), eq(partyMembers.id, p.memberId)))
    .where(and(eq(p.tenantId, scope.tenantId), eq(p.activityId, activity.id)))
    .orderBy(asc(partyMembers.name));
  return { ...activity, participants };
}
