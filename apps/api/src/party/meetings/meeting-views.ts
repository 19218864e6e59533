import type { Tx } from '@cunshe/db';
import {
  type PartyMeetingKind,
  partyMeetingAttendances,
  partyMeetings,
  partyOrganizations,
  villages,
} from '@cunshe/db/schema';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type MeetingStatus, meetingStatusOf } from './meeting-rules';

/** A 三会一课 meeting as lists show it. */
export interface PartyMeetingListItem {
  id: string;
  villageId: string;
  villageName: string;
  organizationId: string;
  organizationName: string;
  kind: PartyMeetingKind;
  topic: string;
  plannedOn: string | null;
  heldOn: string | null;
  location: string | null;
  notes: string | null;
  status: MeetingStatus;
  presentCount: number;
  absentCount: number;
}

/** Meetings matching `where`, the latest (held or planned) first, with their status on `today`. */
export async function meetingRows(
  tx: Tx,
  where: SQL | undefined,
  today: string,
  page?: { limit: number; offset: number },
): Promise<PartyMeetingListItem[]> {
  const a = partyMeetingAttendances;
  const counted = (isPresent: boolean) =>
    sql<number>`(select count(*)::int from ${a} where ${a.tenantId} = ${partyMeetings.tenantId} and ${a.meetingId} = ${partyMeetings.id} and ${a.isPresent} = ${isPresent})`;
  const query = tx
    .select({
      id: partyMeetings.id,
      villageId: partyMeetings.villageId,
      villageName: villages.name,
      organizationId: partyMeetings.organizationId,
      organizationName: partyOrganizations.name,
      kind: partyMeetings.kind,
      topic: partyMeetings.topic,
      plannedOn: partyMeetings.plannedOn,
      heldOn: partyMeetings.heldOn,
      location: partyMeetings.location,
      notes: partyMeetings.notes,
      presentCount: counted(true),
      absentCount: counted(false),
    })
    .from(partyMeetings)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, partyMeetings.tenantId), eq(villages.id, partyMeetings.villageId)),
    )
    .innerJoin(
      partyOrganizations,
      and(
        eq(partyOrganizations.tenantId, partyMeetings.tenantId),
        eq(partyOrganizations.id, partyMeetings.organizationId),
      ),
    )
    .where(where)
    .orderBy(
      desc(sql`coalesce(${partyMeetings.heldOn}, ${partyMeetings.plannedOn})`),
      desc(partyMeetings.createdAt),
    )
    .$dynamic();
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return rows.map((row) => ({ ...row, status: meetingStatusOf(row, today) }));
}

/** The SQL form of a meeting status on `today`, for filtering. */
export function statusCondition(status: MeetingStatus, today: string): SQL {
  if (status === 'held') return sql`${partyMeetings.heldOn} is not null`;
  if (status === 'overdue')
    return sql`${partyMeetings.heldOn} is null and ${partyMeetings.plannedOn} < ${today}`;
  return sql`${partyMeetings.heldOn} is null and ${partyMeetings.plannedOn} >= ${today}`;
}
