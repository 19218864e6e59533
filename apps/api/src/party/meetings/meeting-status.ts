import type { Tx } from '@cunshe/db';
import { type PartyMeetingKind, partyMeetings, partyOrganizations, villages } from '@cunshe/db/schema';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { addMonths, todayInChina } from '../dates';
import { type PartyScope, villageInScope } from '../party-scope';
import { meetingIntervalMonths, meetingKindsOf } from './meeting-rules';

/** Where one kind of 三会一课 stands for one organization. */
export interface MeetingKindStatus {
  kind: PartyMeetingKind;
  intervalMonths: number;
  lastHeldOn: string | null;
  /** The day by which the next one is due: the interval after the last one (or after the founding). */
  dueBy: string;
  isOverdue: boolean;
  /** Planned meetings of this kind whose day passed without them. */
  overduePlannedCount: number;
}

/** An organization's 三会一课 standing. */
export interface OrganizationMeetingStatus {
  organizationId: string;
  organizationName: string;
  villageId: string;
  villageName: string;
  kinds: MeetingKindStatus[];
  isOverdue: boolean;
}

/**
 * The 三会一课 standing of the organizations of a scope (optionally one village or one organization) on
 * `today`: per kind the organization holds, the last held meeting, when the next is due by its interval
 * (`meetingIntervalMonths`, counted from the founding date, or the day the organization was entered, when
 * none was held yet), and whether it is overdue.
 */
export async function meetingStatus(
  tx: Tx,
  scope: PartyScope,
  filter: { villageId?: string | undefined; organizationId?: string | undefined } = {},
  today: string = todayInChina(),
): Promise<OrganizationMeetingStatus[]> {
  const conditions: (SQL | undefined)[] = [
    eq(partyOrganizations.tenantId, scope.tenantId),
    villageInScope(partyOrganizations.villageId, scope),
    filter.villageId ? eq(partyOrganizations.villageId, filter.villageId) : undefined,
    filter.organizationId ? eq(partyOrganizations.id, filter.organizationId) : undefined,
  ];
  const organizations = await tx
    .select({
      id: partyOrganizations.id,
      name: partyOrganizations.name,
      kind: partyOrganizations.kind,
      villageId: partyOrganizations.villageId,
      villageName: villages.name,
      since: sql<string>`coalesce(${partyOrganizations.establishedOn}, (${partyOrganizations.createdAt} at time zone 'Asia/Shanghai')::date)::text`,
    })
    .from(partyOrganizations)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, partyOrganizations.tenantId), eq(villages.id, partyOrganizations.villageId)),
    )
    .where(and(...conditions))
    .orderBy(asc(villages.sortKey), asc(partyOrganizations.name));
  if (organizations.length === 0) return [];
  const stats = await tx
    .select({
      organizationId: partyMeetings.organizationId,
      kind: partyMeetings.kind,
      lastHeldOn: sql<string | null>`max(${partyMeetings.heldOn})::text`,
      overduePlanned: sql<number>`count(*) filter (where ${partyMeetings.heldOn} is null and ${partyMeetings.plannedOn} < ${today})::int`,
    })
    .from(partyMeetings)
    .innerJoin(
      partyOrganizations,
      and(
        eq(partyOrganizations.tenantId, partyMeetings.tenantId),
        eq(partyOrganizations.id, partyMeetings.organizationId),
      ),
    )
    .where(and(...conditions))
    .groupBy(partyMeetings.organizationId, partyMeetings.kind);
  const byKey = new Map(stats.map((s) => [`${s.organizationId}:${s.kind}`, s]));
  return organizations.map((organization) => {
    const kinds = meetingKindsOf(organization.kind).map((kind) => {
      const stat = byKey.get(`${organization.id}:${kind}`);
      const lastHeldOn = stat?.lastHeldOn ?? null;
      const dueBy = addMonths(lastHeldOn ?? organization.since, meetingIntervalMonths[kind]);
      const overduePlannedCount = stat?.overduePlanned ?? 0;
      return {
        kind,
        intervalMonths: meetingIntervalMonths[kind],
        lastHeldOn,
        dueBy,
        isOverdue: dueBy < today || overduePlannedCount > 0,
        overduePlannedCount,
      };
    });
    return {
      organizationId: organization.id,
      organizationName: organization.name,
      villageId: organization.villageId,
      villageName: organization.villageName,
      kinds,
      isOverdue: kinds.some((k) => k.isOverdue),
    };
  });
}
