import type { CadrePost, VillageCommitteeKind } from '@cunshe/db/schema';

/** What the committee computations need of a cadre row. */
export interface CadreFact {
  id: string;
  villageId: string;
  committeeKind: VillageCommitteeKind;
  memberId: string | null;
  post: CadrePost;
  startedOn: string;
  endedOn: string | null;
  termStartedOn: string;
  termEndsOn: string;
}

/** Whether a cadre holds the post on `today`: within their own dates and the committee's term. */
export function isCurrentCadre(cadre: CadreFact, today: string): boolean {
  return (
    cadre.startedOn <= today &&
    (cadre.endedOn === null || cadre.endedOn >= today) &&
    cadre.termStartedOn <= today &&
    cadre.termEndsOn >= today
  );
}

/** The posts each committee has: the branch's secretary and deputy, the villagers' director and deputy, members. */
export const postsOf: Record<VillageCommitteeKind, readonly CadrePost[]> = {
  'party-branch-committee': ['secretary', 'deputy-secretary', 'member'],
  'villagers-committee': ['director', 'deputy-director', 'member'],
};

/** The post a committee has only one of at a time: its head. */
export const headPostOf: Record<VillageCommitteeKind, CadrePost> = {
  'party-branch-committee': 'secretary',
  'villagers-committee': 'director',
};

/**
 * The village's current cross-appointments and 一肩挑, from its cadres on `today`: a party member in both
 * committees at once is cross-appointed (交叉任职); the village has 一肩挑 when its branch secretary is also
 * the director of its villagers' committee.
 */
export function committeeFacts(cadres: CadreFact[], today: string) {
  const current = cadres.filter((cadre) => isCurrentCadre(cadre, today));
  const membersIn = (kind: VillageCommitteeKind) =>
    new Set(current.filter((c) => c.committeeKind === kind && c.memberId).map((c) => c.memberId as string));
  const inBranch = membersIn('party-branch-committee');
  const inVillagers = membersIn('villagers-committee');
  const crossAppointed = new Set([...inBranch].filter((id) => inVillagers.has(id)));
  const secretary = current.find(
    (c) => c.committeeKind === 'party-branch-committee' && c.post === 'secretary',
  );
  const director = current.find((c) => c.committeeKind === 'villagers-committee' && c.post === 'director');
  const persons = new Set(current.map((c) => c.memberId ?? `cadre:${c.id}`));
  return {
    currentIds: new Set(current.map((c) => c.id)),
    crossAppointed,
    hasBothHeads: !!secretary && !!director,
    isOneShoulder: !!secretary?.memberId && secretary.memberId === director?.memberId,
    personCount: persons.size,
  };
}
