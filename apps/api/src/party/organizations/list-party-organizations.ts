import type { Tx } from '@cunshe/db';
import { type PartyOrganizationKind, partyOrganizations } from '@cunshe/db/schema';
import { and, count, eq } from 'drizzle-orm';
import { offsetOf } from '../../pagination';
import { type PartyScope, villageInScope } from '../party-scope';
import { organizationViews, type PartyOrganizationView } from './organization-view';

/** Filters of the organization list. */
export interface PartyOrganizationListQuery {
  villageId?: string | undefined;
  kind?: PartyOrganizationKind | undefined;
  page: number;
  pageSize: number;
}

/** The party organizations of a scope, by village (pinyin order), kind and name, one page at a time. */
export async function listPartyOrganizations(
  tx: Tx,
  scope: PartyScope,
  query: PartyOrganizationListQuery,
): Promise<{ items: PartyOrganizationView[]; total: number }> {
  const where = and(
    eq(partyOrganizations.tenantId, scope.tenantId),
    villageInScope(partyOrganizations.villageId, scope),
    query.villageId ? eq(partyOrganizations.villageId, query.villageId) : undefined,
    query.kind ? eq(partyOrganizations.kind, query.kind) : undefined,
  );
  const items = await organizationViews(tx, where, { limit: query.pageSize, offset: offsetOf(query) });
  const [row] = await tx.select({ total: count() }).from(partyOrganizations).where(where);
  return { items, total: row?.total ?? 0 };
}
