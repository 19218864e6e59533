import type { Tx } from '@cunshe/db';
import { cadres, type VillageCommitteeKind, villageCommittees } from '@cunshe/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { todayInChina } from '../dates';
import { type PartyScope, villageOfScope } from '../party-scope';
import { committeeFacts, isCurrentCadre } from './cadre-facts';
import { type CadreRow, cadreFacts } from './committee-views';

/** A cadre as the committees page shows it, with what is computed from the dates. */
export type CadreView = Omit<CadreRow, 'villageId' | 'committeeKind' | 'termStartedOn' | 'termEndsOn'> & {
  isCurrent: boolean;
  isCrossAppointed: boolean;
};

/** One committee of one term, with its cadres. */
export interface VillageCommitteeView {
  id: string;
  kind: VillageCommitteeKind;
  termStartedOn: string;
  termEndsOn: string;
  isCurrent: boolean;
  cadres: CadreView[];
}

/** A village's two committees (村“两委”) over the terms, with 一肩挑 and cross-appointments computed. */
export interface VillageCommitteesView {
  villageId: string;
  villageName: string;
  asOf: string;
  committees: VillageCommitteeView[];
  /** The current branch secretary and villagers' committee director, if any. */
  secretaryName: string | null;
  directorName: string | null;
  /** 一肩挑: the branch secretary is also the villagers' committee director today. */
  isOneShoulder: boolean;
  crossAppointedCount: number;
}

/**
 * The two committees of a village of the scope, newest term first, each cadre flagged current and
 * cross-appointed (in both committees today), and the village's 一肩挑.
 * @throws NotFoundError when the village is not in the scope.
 */
export async function listVillageCommittees(
  tx: Tx,
  scope: PartyScope,
  villageId: string,
  today: string = todayInChina(),
): Promise<VillageCommitteesView> {
  const village = await villageOfScope(tx, scope, villageId);
  const committees = await tx
    .select()
    .from(villageCommittees)
    .where(and(eq(villageCommittees.tenantId, scope.tenantId), eq(villageCommittees.villageId, village.id)))
    .orderBy(desc(villageCommittees.termStartedOn), villageCommittees.kind);
  const rows = await cadreFacts(
    tx,
    and(eq(cadres.tenantId, scope.tenantId), eq(cadres.villageId, village.id)),
  );
  const facts = committeeFacts(rows, today);
  const current = rows.filter((row) => facts.currentIds.has(row.id));
  const head = (kind: VillageCommitteeKind, post: string) =>
    current.find((c) => c.committeeKind === kind && c.post === post)?.name ?? null;
  return {
    villageId: village.id,
    villageName: village.name,
    asOf: today,
    committees: committees.map((committee) => ({
      id: committee.id,
      kind: committee.kind,
      termStartedOn: committee.termStartedOn,
      termEndsOn: committee.termEndsOn,
      isCurrent: committee.termStartedOn <= today && committee.termEndsOn >= today,
      cadres: rows
        .filter((row) => row.committeeId === committee.id)
        .map(({ villageId: _v, committeeKind: _k, termStartedOn: _s, termEndsOn: _e, ...cadre }) => ({
          ...cadre,
          isCurrent: isCurrentCadre(rows.find((r) => r.id === cadre.id) as CadreRow, today),
          isCrossAppointed:
            facts.currentIds.has(cadre.id) && !!cadre.memberId && facts.crossAppointed.has(cadre.memberId),
        })),
    })),
    secretaryName: head('party-branch-committee', 'secretary'),
    directorName: head('villagers-committee', 'director'),
    isOneShoulder: facts.isOneShoulder,
    crossAppointedCount: facts.crossAppointed.size,
  };
}
