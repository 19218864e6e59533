import type { Tx } from '@cunshe/db';
import { type PartyCentreKind, partyCentres } from '@cunshe/db/schema';
import { and, count, eq } from 'drizzle-orm';
import { offsetOf } from '../../pagination';
import type { PartyScope } from '../party-scope';
import { centreInScope, centreOfTownship } from './centre-scope';
import { centreViews, type PartyCentreView } from './centre-view';

/** Filters of the centre list: a village's centres, a township's (its own and its villages'), a kind. */
export interface PartyCentreListQuery {
  villageId?: string | undefined;
  townshipId?: string | undefined;
  kind?: PartyCentreKind | undefined;
  page: number;
  pageSize: number;
}

/** The centres of a scope, one page at a time, in township, village and kind order. */
export async function listPartyCentres(
  tx: Tx,
  scope: PartyScope,
  query: PartyCentreListQuery,
): Promise<{ items: PartyCentreView[]; total: number }> {
  const where = and(
    eq(partyCentres.tenantId, scope.tenantId),
    centreInScope(scope),
    query.villageId ? eq(partyCentres.villageId, query.villageId) : undefined,
    query.townshipId ? centreOfTownship(scope.tenantId, query.townshipId) : undefined,
    query.kind ? eq(partyCentres.kind, query.kind) : undefined,
  );
  const items = await centreViews(tx, where, { limit: query.pageSize, offset: offsetOf(query) });
  const [row] = await tx.select({ total: count() }).from(partyCentres).where(where);
  return { items, total: row?.total ?? 0 };
}
