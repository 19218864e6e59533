import type { Tx } from '@cunshe/db';
import {
  type FloatingManagementMode,
  type PartyMemberCategory,
  type PartyMemberStatus,
  partyMemberContacts,
  partyMembers,
  partyOrganizations,
  villages,
} from '@cunshe/db/schema';
import { maskMobileNumber } from '@cunshe/personal-data';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { addDays } from '../dates';

/** A member as lists show it: the ID number and phone masked. */
export interface PartyMemberListItem {
  id: string;
  name: string;
  gender: 'male' | 'female';
  idNumberMasked: string;
  phoneMasked: string | null;
  category: PartyMemberCategory;
  status: PartyMemberStatus;
  joinedOn: string;
  villageId: string;
  villageName: string;
  organizationId: string;
  organizationName: string;
  groupId: string | null;
  groupName: string | null;
}

/** A member as the member page shows it: every field but the ID number, which stays masked. */
export interface PartyMemberView extends PartyMemberListItem {
  phone: string | null;
  employerName: string | null;
  employerPartyOrganization: string | null;
  registeredOn: string | null;
  certificateNumber: string | null;
  certificateValidFrom: string | null;
  certificateValidUntil: string | null;
  /** A floating member whose activity certificate is no longer valid today. */
  isCertificateExpired: boolean;
  currentLocation: string | null;
  managementMode: FloatingManagementMode | null;
  managingOrganizationName: string | null;
  /** An unemployed member's latest contact, and whether the branch is late with the next one. */
  lastContactOn: string | null;
  isContactOverdue: boolean;
  townshipId: string;
  createdAt: Date;
  updatedAt: Date;
}

/** How often the branch keeps in touch with an unemployed member (定期联系): at least once a quarter. */
export const CONTACT_INTERVAL_DAYS = 90;

const group = alias(partyOrganizations, 'member_group');

function lastContactOf() {
  return sql<string | null>`(select max(c.contacted_on)::text from ${partyMemberContacts} c
    where c.tenant_id = ${partyMembers.tenantId} and c.member_id = ${partyMembers.id})`;
}

/** The query of member rows with village, organization and group names; `where` picks them. */
export function memberRows(tx: Tx, where: SQL | undefined) {
  return tx
    .select({
      member: partyMembers,
      villageName: villages.name,
      townshipId: villages.townshipId,
      organizationName: partyOrganizations.name,
      groupName: group.name,
      lastContactOn: lastContactOf(),
    })
    .from(partyMembers)
    .innerJoin(
      villages,
      and(eq(villages.tenantId, partyMembers.tenantId), eq(villages.id, partyMembers.villageId)),
    )
    .innerJoin(
      partyOrganizations,
      and(
        eq(partyOrganizations.tenantId, partyMembers.tenantId),
        eq(partyOrganizations.id, partyMembers.organizationId),
      ),
    )
    .leftJoin(group, and(eq(group.tenantId, partyMembers.tenantId), eq(group.id, partyMembers.groupId)))
    .where(where)
    .$dynamic();
}

type MemberRow = Awaited<ReturnType<typeof memberRows>>[number];

/** The list form of a member row. */
export function toListItem(row: MemberRow): PartyMemberListItem {
  const m = row.member;
  return {
    id: m.id,
    name: m.name,
    gender: m.gender,
    idNumberMasked: m.idNumberMasked,
    phoneMasked: m.phone ? maskMobileNumber(m.phone) : null,
    category: m.category,
    status: m.status,
    joinedOn: m.joinedOn,
    villageId: m.villageId,
    villageName: row.villageName,
    organizationId: m.organizationId,
    organizationName: row.organizationName,
    groupId: m.groupId,
    groupName: row.groupName,
  };
}

/** The page form of a member row, with what `today` makes of its dates. */
export function toView(row: MemberRow, today: string): PartyMemberView {
  const m = row.member;
  const lastContactOn = row.lastContactOn;
  const since = lastContactOn ?? m.registeredOn;
  return {
    ...toListItem(row),
    phone: m.phone,
    employerName: m.employerName,
    employerPartyOrganization: m.employerPartyOrganization,
    registeredOn: m.registeredOn,
    certificateNumber: m.certificateNumber,
    certificateValidFrom: m.certificateValidFrom,
    certificateValidUntil: m.certificateValidUntil,
    isCertificateExpired:
      m.category === 'floating' && !!m.certificateValidUntil && m.certificateValidUntil < today,
    currentLocation: m.currentLocation,
    managementMode: m.managementMode,
    managingOrganizationName: m.managingOrganizationName,
    lastContactOn,
    isContactOverdue:
      m.category === 'unemployed' &&
      (m.status === 'full' || m.status === 'probationary') &&
      !!since &&
      addDays(since, CONTACT_INTERVAL_DAYS) < today,
    townshipId: row.townshipId,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/**
 * What the audit log keeps of a member: never the ID number or the phone in plain (PIPL), only their masks.
 */
export function auditSnapshot(m: typeof partyMembers.$inferSelect) {
  return {
    name: m.name,
    idNumberMasked: m.idNumberMasked,
    phoneMasked: m.phone ? maskMobileNumber(m.phone) : null,
    category: m.category,
    status: m.status,
    joinedOn: m.joinedOn,
    villageId: m.villageId,
    organizationId: m.organizationId,
    groupId: m.groupId,
    employerName: m.employerName,
    employerPartyOrganization: m.employerPartyOrganization,
    registeredOn: m.registeredOn,
    certificateNumber: m.certificateNumber,
    certificateValidFrom: m.certificateValidFrom,
    certificateValidUntil: m.certificateValidUntil,
    currentLocation: m.currentLocation,
    managementMode: m.managementMode,
    managingOrganizationName: m.managingOrganizationName,
  };
}
