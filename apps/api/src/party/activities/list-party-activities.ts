import type { Tx } from '@cunshe/db';
import { escapeLike } from '@cunshe/db';
import { type PartyActivityKind, partyActivities } from '@cunshe/db/schema';
import { and, count, eq, gte, ilike, lte } from 'drizzle-orm';
import { offsetOf } from '../../pagination';
import { type PartyScope, villageInScope } from '../party-scope';
import { activityRows, type PartyActivityListItem } from './activity-views';

/** Filters of the activity list. */
export interface PartyActivityListQuery {
  villageId?: string | undefined;
  kind?: PartyActivityKind | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/** The activities of a scope, newest first, one page at a time; `q` searches titles and households. */
export async function listPartyActivities(
  tx: Tx,
  scope: PartyScope,
  query: PartyActivityListQuery,
): Promise<{ items: PartyActivityListItem[]; total: number }> {
  const text = query.q?.normalize('NFC').trim();
  const q = text ? escapeLike(text) : undefined;
  const where = and(
    eq(partyActivities.tenantId, scope.tenantId),
    villageInScope(partyActivities.villageId, scope),
    query.villageId ? eq(partyActivities.villageId, query.villageId) : undefined,
    query.kind ? eq(partyActivities.kind, query.kind) : undefined,
    q ? ilike(partyActivities.title, `%${q}%`) : undefined,
    query.from ? gte(partyActivities.startedOn, query.from) : undefined,
    query.to ? lte(partyActivities.startedOn, query.to) : undefined,
  );
  const items = await activityRows(tx, where).limit(query.pageSize).offset(offsetOf(query));
  const [row] = await tx.select({ total: count() }).from(partyActivities).where(where);
  return { items, total: row?.total ?? 0 };
}
