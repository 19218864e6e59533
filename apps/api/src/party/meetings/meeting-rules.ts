import type { PartyMeetingKind, PartyOrganizationKind } from '@cunshe/db/schema';

/**
 * How often each of 三会一课 is due, in months, after the 中国共产党支部工作条例（试行）: the branch general
 * meeting (支部党员大会) and the party lesson (党课) once a quarter, the branch committee meeting (支部委员会)
 * and the party group meeting (党小组会) once a month.
 */
export const meetingIntervalMonths: Record<PartyMeetingKind, number> = {
  'general-meeting': 3,
  'committee-meeting': 1,
  'group-meeting': 1,
  'party-lesson': 3,
};

/** The meetings an organization holds: a party group its group meeting; a branch the other three. */
export function meetingKindsOf(kind: PartyOrganizationKind): PartyMeetingKind[] {
  return kind === 'party-group'
    ? ['group-meeting']
    : ['general-meeting', 'committee-meeting', 'party-lesson'];
}

/** Where a meeting stands: held, planned, or planned for a day that has passed without it (overdue). */
export type MeetingStatus = 'held' | 'planned' | 'overdue';

/** The status of a meeting on `today`. */
export function meetingStatusOf(
  meeting: { plannedOn: string | null; heldOn: string | null },
  today: string,
): MeetingStatus {
  if (meeting.heldOn) return 'held';
  return meeting.plannedOn && meeting.plannedOn < today ? 'overdue' : 'planned';
}
