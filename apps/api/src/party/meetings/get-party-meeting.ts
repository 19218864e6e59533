import type { Tx } from '@cunshe/db';
import { partyMeetingAttendances, partyMeetings, partyMembers } from '@cunshe/db/schema';
import { NotFoundError } from '@cunshe/errors';
import { and, asc, desc, eq } from 'drizzle-orm';
import { todayInChina } from '../dates';
import { type PartyScope, villageInScope } from '../party-scope';
import { meetingRows, type PartyMeetingListItem } from './meeting-views';

/** A meeting with who attended and who was absent, and why. */
export interface PartyMeetingView extends PartyMeetingListItem {
  attendance: { memberId: string; memberName: string; isPresent: boolean; absenceReason: string | null }[];
}

/**
 * One meeting of the scope with its attendance, the present first.
 * @throws NotFoundError when it is not in the scope.
 */
export async function getPartyMeeting(
  tx: Tx,
  scope: PartyScope,
  id: string,
  today: string = todayInChina(),
): Promise<PartyMeetingView> {
  const [meeting] = await meetingRows(
    tx,
    and(
      eq(partyMeetings.tenantId, scope.tenantId),
      eq(partyMeetings.id, id),
      villageInScope(partyMeetings.villageId, scope),
    ),
    today,
  );
  if (!meeting) throw new NotFoundError(`No meeting ${id} in your scope.`);
  const a = partyMeetingAttendances;
  const attendance = await tx
    .select({
      memberId: a.memberId,
      memberName: partyMembers.name,
      isPresent: a.isPresent,
      absenceReason: a.absenceReason,
    })
    .from(a)
    .innerJoin(partyMembers, and(eq(partyMembers.tenantId, a.tenantId), eq(partyMembers.id, a.memberId)))
    .where(and(eq(a.tenantId, scope.tenantId), eq(a.meetingId, meeting.id)))
    .orderBy(desc(a.isPresent), asc(partyMembers.name));
  return { ...meeting, attendance };
}
