import type { Tx } from '@cunshe/db';
import { escapeLike } from '@cunshe/db';
import { type PartyMemberCategory, type PartyMemberStatus, partyMembers, villages } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { offsetOf } from '../../pagination';
import { type PartyScope, villageInScope } from '../party-scope';
import { memberRows, type PartyMemberListItem, toListItem } from './member-view';

/** Filters of the member list. `q` searches names only: ID and phone numbers never travel in a URL. */
export interface PartyMemberListQuery {
  q?: string | undefined;
  villageId?: string | undefined;
  /** The branch on whose books, or the party group, the member is. */
  organizationId?: string | undefined;
  category?: PartyMemberCategory | undefined;
  status?: PartyMemberStatus | undefined;
  page: number;
  pageSize: number;
}

/** The conditions of a member query: the scope, then the filters. */
export function memberConditions(scope: PartyScope, query: Omit<PartyMemberListQuery, 'page' | 'pageSize'>) {
  const conditions: (SQL | undefined)[] = [
    eq(partyMembers.tenantId, scope.tenantId),
    villageInScope(partyMembers.villageId, scope),
  ];
  if (query.villageId) conditions.push(eq(partyMembers.villageId, query.villageId));
  if (query.organizationId) {
    conditions.push(
      or(
        eq(partyMembers.organizationId, query.organizationId),
        eq(partyMembers.groupId, query.organizationId),
      ),
    );
  }
  if (query.category) conditions.push(eq(partyMembers.category, query.category));
  if (query.status) conditions.push(eq(partyMembers.status, query.status));
  const q = query.q?.normalize('NFC').trim();
  if (q) {
    // A run of digits is a piece of an ID or phone number: refused, so that it never sits in a URL or a log.
    if (/\d{4,}/.test(q)) {
      throw new InputError(
        'Search names here; look ID and phone numbers up with POST /api/party/members/lookup.',
        [{ path: 'q', message: 'search by name; ID and phone numbers are looked up with the lookup form' }],
      );
    }
    conditions.push(ilike(partyMembers.name, `%${escapeLike(q)}%`));
  }
  return and(...conditions);
}

/** The members of a scope, by village (pinyin order) and name, one page at a time; ID and phone masked. */
export async function listPartyMembers(
  tx: Tx,
  scope: PartyScope,
  query: PartyMemberListQuery,
): Promise<{ items: PartyMemberListItem[]; total: number }> {
  const where = memberConditions(scope, query);
  const rows = await memberRows(tx, where)
    .orderBy(asc(villages.sortKey), asc(partyMembers.name), asc(partyMembers.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [row] = await tx.select({ total: count() }).from(partyMembers).where(where);
  return { items: rows.map(toListItem), total: row?.total ?? 0 };
}
