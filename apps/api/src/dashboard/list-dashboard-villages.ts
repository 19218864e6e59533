import type { Tx } from '@cunshe/db';
import {
  type PartyMemberStatus,
  partyMembers,
  serviceRequests,
  type VillageType,
  villages,
} from '@cunshe/db/schema';
import { and, asc, count, eq, inArray, notInArray } from 'drizzle-orm';
import { type PartyScope, villageInScope } from '../party/party-scope';

/** One village of a township's drill-down, with the figures the dashboard counts for it. */
export interface DashboardVillage {
  id: string;
  code: string;
  name: string;
  type: VillageType | null;
  /** Service requests submitted, accepted or in progress. */
  openServiceRequests: number;
  /** Current party members (full and probationary, as `partyMembersByCategory` counts them). */
  partyMembers: number;
}

/** Statuses of a request still being handled (the dashboard's "open"). */
export const OPEN_STATUSES = ['submitted', 'accepted', 'in-progress'] as const;

/** Party member statuses that no longer count as members of the village. */
export const FORMER_MEMBER_STATUSES: PartyMemberStatus[] = ['transferred-out', 'deceased'];

/**
 * The live villages of a scope in pinyin order, each with its open service requests and current party
 * members, for the drill-down below a township (three grouped queries, not one per village).
 */
export async function listDashboardVillages(tx: Tx, scope: PartyScope): Promise<DashboardVillage[]> {
  const { tenantId } = scope;
  const rows = await tx
    .select({ id: villages.id, code: villages.code, name: villages.name, type: villages.type })
    .from(villages)
    .where(
      and(eq(villages.tenantId, tenantId), eq(villages.isRetired, false), villageInScope(villages.id, scope)),
    )
    .orderBy(asc(villages.sortKey));
  const requests = await tx
    .select({ villageId: serviceRequests.villageId, n: count() })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.tenantId, tenantId),
        villageInScope(serviceRequests.villageId, scope),
        inArray(serviceRequests.status, OPEN_STATUSES),
      ),
    )
    .groupBy(serviceRequests.villageId);
  const members = await tx
    .select({ villageId: partyMembers.villageId, n: count() })
    .from(partyMembers)
    .where(
      and(
        eq(partyMembers.tenantId, tenantId),
        villageInScope(partyMembers.villageId, scope),
        notInArray(partyMembers.status, FORMER_MEMBER_STATUSES),
      ),
    )
    .groupBy(partyMembers.villageId);
  const openOf = new Map(requests.map((row) => [row.villageId, row.n]));
  const membersOf = new Map(members.map((row) => [row.villageId, row.n]));
  return rows.map((row) => ({
    ...row,
    openServiceRequests: openOf.get(row.id) ?? 0,
    partyMembers: membersOf.get(row.id) ?? 0,
  }));
}
