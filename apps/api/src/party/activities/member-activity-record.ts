import type { Tx } from '@cunshe/db';
import { type PartyActivityKind, partyActivities, partyActivityParticipants } from '@cunshe/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { memberRowOfScope } from '../members/member-of-scope';
import type { PartyScope } from '../party-scope';
import { roundHours } from './activity-views';

/** A member's own activity record: each activity taken part in, and the hours in total. */
export interface MemberActivityRecord {
  items: {
    activityId: string;
    kind: PartyActivityKind;
    title: string;
    startedOn: string;
    endedOn: string | null;
    hours: number;
    role: string | null;
  }[];
  totalHours: number;
}

/**
 * The activity record of a member of the scope, newest first.
 * @throws NotFoundError when the member is not in the scope.
 */
export async function memberActivityRecord(
  tx: Tx,
  scope: PartyScope,
  memberId: string,
): Promise<MemberActivityRecord> {
  await memberRowOfScope(tx, scope, memberId);
  const p = partyActivityParticipants;
  const items = await tx
    .select({
      activityId: partyActivities.id,
      kind: partyActivities.kind,
      title: partyActivities.title,
      startedOn: partyActivities.startedOn,
      endedOn: partyActivities.endedOn,
      hours: p.hours,
      role: p.role,
    })
    .from(p)
    .innerJoin(
      partyActivities,
      and(eq(partyActivities.tenantId, p.tenantId), eq(partyActivities.id, p.activityId)),
    )
    .where(and(eq(p.tenantId, scope.tenantId), eq(p.memberId, memberId)))
    .orderBy(desc(partyActivities.startedOn));
  return { items, totalHours: roundHours(items.reduce((sum, item) => sum + item.hours, 0)) };
}
