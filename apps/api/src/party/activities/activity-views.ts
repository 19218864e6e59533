import type { Tx } from '@cunshe/db';
import {
  type PartyActivityKind,
  partyActivities,
  partyActivityParticipants,
  partyCentres,
  partyOrganizations,
  villages,
} from '@cunshe/db/schema';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';

/** An activity as lists show it, with its participants counted and their hours summed. */
export interface PartyActivityListItem {
  id: string;
  villageId: string;
  villageName: string;
  organizationId: string | null;
  organizationName: string | null;
  /** The centre (三大中心) the activity is linked to, if any. */
  centreId: string | null;
  centreName: string | null;
  kind: PartyActivityKind;
  title: string;
  description: string | null;
  location: string | null;
  startedOn: string;
  endedOn: string | null;
  householdName: string | null;
  householdSituation: string | null;
  participantCount: number;
  totalHours: number;
}

/** Activities matching `where`, newest first. */
export function activityRows(tx: Tx, where: SQL | undefined) {
  const p = partyActivityParticipants;
  return tx
    .select({
      id: partyActivities.id,
      villageId: partyActivities.villageId,
      villageName: villages.name,
      organizationId: partyActivities.organizationId,
      organizationName: partyOrganizations.name,
      centreId: partyActivities.centreId,
      centreName: partyCentres.name,
      kind: partyActivities.kind,
      title: partyActivities.title,
      description: partyActivities.description,
      location: partyActivities.location,
      startedOn: partyActivities.startedOn,
      endedOn: partyActivities.endedOn,
      householdName: partyActivities.householdName,
      householdSituation: partyActivities.householdSituation,
      participantCount: sql<number>`(select count(*)::int from ${p} where ${p.tenantId} = ${partyActivities.tenantId} and ${p.activityId} = ${partyActivities.id})`,
      totalHours: sql<number>`(select coalesce(sum(${p.hours}), 0)::float8 from ${p} where ${p.tenantId} = ${partyActivities.tenantId} and ${p.activityId} = ${partyActivities.id})`,
    })
    .from(partyActivities)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, partyActivities.tenantId), eq(villages.id, partyActivities.villageId)),
    )
    .leftJoin(
      partyOrganizations,
      and(
        eq(partyOrganizations.tenantId, partyActivities.tenantId),
        eq(partyOrganizations.id, partyActivities.organizationId),
      ),
    )
    .leftJoin(
      partyCentres,
      and(eq(partyCentres.tenantId, partyActivities.tenantId), eq(partyCentres.id, partyActivities.centreId)),
    )
    .where(where)
    .orderBy(desc(partyActivities.startedOn), desc(partyActivities.createdAt))
    .$dynamic();
}

/** Hours as stored: one decimal. */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}
