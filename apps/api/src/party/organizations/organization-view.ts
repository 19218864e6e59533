import type { Tx } from '@cunshe/db';
import { type PartyOrganizationKind, partyMembers, partyOrganizations, villages } from '@cunshe/db/schema';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

/** A party organization as the API shows it. */
export interface PartyOrganizationView {
  id: string;
  villageId: string;
  villageName: string;
  kind: PartyOrganizationKind;
  name: string;
  parentId: string | null;
  parentName: string | null;
  pluginId: string | null;
  associationKey: string | null;
  secretaryMemberId: string | null;
  secretaryName: string | null;
  establishedOn: string | null;
  /** Members on the books (full and probationary): of the organization, or of the group. */
  memberCount: number;
}

const parent = alias(partyOrganizations, 'parent');

/** Organizations matching `where`, with village, parent, secretary and member count, in village and name order. */
export async function organizationViews(
  tx: Tx,
  where: SQL | undefined,
  page?: { limit: number; offset: number },
): Promise<PartyOrganizationView[]> {
  const memberCount = sql<number>`(select count(*)::int from ${partyMembers} m where m.tenant_id = ${partyOrganizations.tenantId}
    and (m.organization_id = ${partyOrganizations.id} or m.group_id = ${partyOrganizations.id})
    and m.status in ('full', 'probationary'))`;
  const query = tx
    .select({
      id: partyOrganizations.id,
      villageId: partyOrganizations.villageId,
      villageName: villages.name,
      kind: partyOrganizations.kind,
      name: partyOrganizations.name,
      parentId: partyOrganizations.parentId,
      parentName: parent.name,
      pluginId: partyOrganizations.pluginId,
      associationKey: partyOrganizations.associationKey,
      secretaryMemberId: partyOrganizations.secretaryMemberId,
      secretaryName: partyMembers.name,
      establishedOn: partyOrganizations.establishedOn,
      memberCount,
    })
    .from(partyOrganizations)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, partyOrganizations.tenantId), eq(villages.id, partyOrganizations.villageId)),
    )
    .leftJoin(
      parent,
      and(eq(parent.tenantId, partyOrganizations.tenantId), eq(parent.id, partyOrganizations.parentId)),
    )
    .leftJoin(
      partyMembers,
      and(
        eq(partyMembers.tenantId, partyOrganizations.tenantId),
        eq(partyMembers.id, partyOrganizations.secretaryMemberId),
      ),
    )
    .where(where)
    // Branches first, then their groups, then association branches; by name within a kind.
    .orderBy(
      asc(villages.sortKey),
      asc(
        sql`array_position(array['general-branch','branch','party-group','association-branch']::party_organization_kind[], ${partyOrganizations.kind})`,
      ),
      asc(partyOrganizations.name),
    );
  return page ? query.limit(page.limit).offset(page.offset) : query;
}

/** The condition "a member of this organization": on its books, or in it as a party group. */
export function memberOf(organizationId: string): SQL | undefined {
  return or(eq(partyMembers.organizationId, organizationId), eq(partyMembers.groupId, organizationId));
}

/** Organization kinds that keep members on their books (a party group only groups a branch's members). */
export const bookKeepingKinds: PartyOrganizationKind[] = ['branch', 'general-branch', 'association-branch'];

/** Ids of organizations among `ids` (for validating many at once). */
export async function existingOrganizationIds(tx: Tx, tenantId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: partyOrganizations.id })
    .from(partyOrganizations)
    .where(and(eq(partyOrganizations.tenantId, tenantId), inArray(partyOrganizations.id, ids)));
  return new Set(rows.map((row) => row.id));
}
