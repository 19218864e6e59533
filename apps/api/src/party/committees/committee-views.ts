import type { Tx } from '@cunshe/db';
import { cadres, villageCommittees } from '@cunshe/db/schema';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { CadreFact } from './cadre-facts';

/** Cadre rows with their committee's kind and term, matching `where` (on cadres or committees). */
export async function cadreFacts(tx: Tx, where: SQL | undefined) {
  return tx
    .select({
      id: cadres.id,
      villageId: cadres.villageId,
      committeeId: cadres.committeeId,
      committeeKind: villageCommittees.kind,
      memberId: cadres.memberId,
      name: cadres.name,
      post: cadres.post,
      selection: cadres.selection,
      isTwoRecommendationsOneElection: cadres.isTwoRecommendationsOneElection,
      startedOn: cadres.startedOn,
      endedOn: cadres.endedOn,
      termStartedOn: villageCommittees.termStartedOn,
      termEndsOn: villageCommittees.termEndsOn,
    })
    .from(cadres)
    .innerJoin(
      villageCommittees,
      and(eq(villageCommittees.tenantId, cadres.tenantId), eq(villageCommittees.id, cadres.committeeId)),
    )
    .where(where)
    .orderBy(asc(villageCommittees.termStartedOn), asc(cadres.startedOn), asc(cadres.name));
}

/** One row of {@link cadreFacts}. */
export type CadreRow = Awaited<ReturnType<typeof cadreFacts>>[number] & CadreFact;
