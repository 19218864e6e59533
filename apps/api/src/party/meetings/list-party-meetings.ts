import type { Tx } from '@cunshe/db';
import { type PartyMeetingKind, partyMeetings } from '@cunshe/db/schema';
import { and, count, eq } from 'drizzle-orm';
import { offsetOf } from '../../pagination';
import { todayInChina } from '../dates';
import { type PartyScope, villageInScope } from '../party-scope';
import type { MeetingStatus } from './meeting-rules';
import { meetingRows, type PartyMeetingListItem, statusCondition } from './meeting-views';

/** Filters of the meeting list. */
export interface PartyMeetingListQuery {
  villageId?: string | undefined;
  organizationId?: string | undefined;
  kind?: PartyMeetingKind | undefined;
  status?: MeetingStatus | undefined;
  page: number;
  pageSize: number;
}

/** The 三会一课 of a scope, latest first, with status (held, planned, overdue); one page at a time. */
export async function listPartyMeetings(
  tx: Tx,
  scope: PartyScope,
  query: PartyMeetingListQuery,
  today: string = todayInChina(),
): Promise<{ items: PartyMeetingListItem[]; total: number }> {
  const where = and(
    eq(partyMeetings.tenantId, scope.tenantId),
    villageInScope(partyMeetings.villageId, scope),
    query.villageId ? eq(partyMeetings.villageId, query.villageId) : undefined,
    query.organizationId ? eq(partyMeetings.organizationId, query.organizationId) : undefined,
    query.kind ? eq(partyMeetings.kind, query.kind) : undefined,
    query.status ? statusCondition(query.status, today) : undefined,
  );
  const items = await meetingRows(tx, where, today, { limit: query.pageSize, offset: offsetOf(query) });
  const [row] = await tx.select({ total: count() }).from(partyMeetings).where(where);
  return { items, total: row?.total ?? 0 };
}
