import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  type PgTableExtraConfigValue,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { partyCentres } from './party-centres';
import { tenants } from './tenants';
import { villages } from './villages';

/*
 * The village party organization (the seed's 强化组织，配强干部 and 三是夯基础 paragraphs): branches and their
 * groups, association branches contributed by plugins, the two committees (村“两委”) and their cadres,
 * party members managed by category, activities, 三会一课 and party dues. Every table is tenant-owned:
 * `tenant_id` first in the primary key, in every unique key and in every foreign key, and each row carries
 * its `village_id`, so a row can point neither into another county nor, unnoticed, into another village.
 */

/** 党支部, 党总支, 党小组 (under a branch), and an association's own branch (协会党支部). */
export const partyOrganizationKind = pgEnum('party_organization_kind', [
  'branch',
  'general-branch',
  'party-group',
  'association-branch',
]);
/** Values of {@link partyOrganizationKind}. */
export const partyOrganizationKinds = partyOrganizationKind.enumValues;
/** One kind of party organization. */
export type PartyOrganizationKind = (typeof partyOrganizationKinds)[number];

/** The four categories of the seed's classified management (党员分类管理). */
export const partyMemberCategory = pgEnum('party_member_category', [
  'resident',
  'in-service',
  'unemployed',
  'floating',
]);
/** Values of {@link partyMemberCategory}. */
export const partyMemberCategories = partyMemberCategory.enumValues;
/** One party member category: 社区居民党员, 在职党员, 下岗失业党员, 流动党员. */
export type PartyMemberCategory = (typeof partyMemberCategories)[number];

/** 正式党员, 预备党员, and the two ways a member leaves the village's books. */
export const partyMemberStatus = pgEnum('party_member_status', [
  'full',
  'probationary',
  'transferred-out',
  'deceased',
]);
/** Values of {@link partyMemberStatus}. */
export const partyMemberStatuses = partyMemberStatus.enumValues;
/** One party member status. */
export type PartyMemberStatus = (typeof partyMemberStatuses)[number];

/** How a floating member is managed: 直管 (by the home branch), 协管 (jointly), 代管 (by proxy, where they are). */
export const floatingManagementMode = pgEnum('floating_management_mode', ['direct', 'joint', 'proxy']);
/** Values of {@link floatingManagementMode}. */
export const floatingManagementModes = floatingManagementMode.enumValues;
/** One management mode of a floating member. */
export type FloatingManagementMode = (typeof floatingManagementModes)[number];

/** A person's gender as the resident ID number records it. */
export const personGender = pgEnum('person_gender', ['male', 'female']);
/** Values of {@link personGender}. */
export const personGenders = personGender.enumValues;

/** How the branch kept in touch with an unemployed member (定期联系). */
export const contactMethod = pgEnum('party_contact_method', ['visit', 'phone', 'message', 'meeting']);
/** Values of {@link contactMethod}. */
export const contactMethods = contactMethod.enumValues;

/** The result of a periodic assessment (教育考评): 优秀, 合格, 基本合格, 不合格. */
export const assessmentResult = pgEnum('party_assessment_result', [
  'excellent',
  'competent',
  'basically-competent',
  'incompetent',
]);
/** Values of {@link assessmentResult}. */
export const assessmentResults = assessmentResult.enumValues;

/** 村“两委”: the party branch committee (支部委员会) and the villagers' committee (村民委员会). */
export const villageCommitteeKind = pgEnum('village_committee_kind', [
  'party-branch-committee',
  'villagers-committee',
]);
/** Values of {@link villageCommitteeKind}. */
export const villageCommitteeKinds = villageCommitteeKind.enumValues;
/** One of the two committees. */
export type VillageCommitteeKind = (typeof villageCommitteeKinds)[number];

/**
 * A cadre's post: secretary and deputy of the party branch committee, director and deputy of the villagers'
 * committee (主任), and an ordinary member (委员) of either.
 */
export const cadrePost = pgEnum('cadre_post', [
  'secretary',
  'deputy-secretary',
  'director',
  'deputy-director',
  'member',
]);
/** Values of {@link cadrePost}. */
export const cadrePosts = cadrePost.enumValues;
/** One cadre post. */
export type CadrePost = (typeof cadrePosts)[number];

/** How a cadre came to the post: 选 elected, 聘 hired, 派 dispatched, 挂 seconded (挂职). */
export const cadreSelection = pgEnum('cadre_selection', ['elected', 'hired', 'dispatched', 'seconded']);
/** Values of {@link cadreSelection}. */
export const cadreSelections = cadreSelection.enumValues;
/** One way of selecting a cadre. */
export type CadreSelection = (typeof cadreSelections)[number];

/** The activities of the seed's 三是 paragraph. */
export const partyActivityKind = pgEnum('party_activity_kind', [
  'vanguard-post',
  'demonstration-zone',
  'volunteer-team',
  'voluntary-labour',
  'dedication-day',
  'pairing-assistance',
]);
/** Values of {@link partyActivityKind}. */
export const partyActivityKinds = partyActivityKind.enumValues;
/** One kind of party activity: 党员先锋岗, 党员示范责任区, 志愿服务队, 义务劳动, 党员奉献日, 结对帮扶. */
export type PartyActivityKind = (typeof partyActivityKinds)[number];

/** 三会一课: 支部党员大会, 支部委员会, 党小组会, 党课. */
export const partyMeetingKind = pgEnum('party_meeting_kind', [
  'general-meeting',
  'committee-meeting',
  'group-meeting',
  'party-lesson',
]);
/** Values of {@link partyMeetingKind}. */
export const partyMeetingKinds = partyMeetingKind.enumValues;
/** One kind of 三会一课 meeting. */
export type PartyMeetingKind = (typeof partyMeetingKinds)[number];

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/**
 * Party organizations of a village: its branch or general branch, party groups under it (`parentId`), and
 * association branches (`pluginId` + `associationKey` name the association a plugin contributes; the plugin
 * id stays null for an association the county enters by hand). `secretaryMemberId` is the secretary, or the
 * group leader of a party group.
 */
export const partyOrganizations = pgTable(
  'party_organizations',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    kind: partyOrganizationKind().notNull(),
    name: text().notNull(),
    parentId: uuid(),
    pluginId: text(),
    associationKey: text(),
    secretaryMemberId: uuid(),
    establishedOn: date(),
    ...timestamps,
  },
  // Annotated: the organizations and members reference each other (secretary, branch).
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.villageId, t.name),
    unique().on(t.tenantId, t.villageId, t.pluginId, t.associationKey),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.parentId],
      foreignColumns: [t.tenantId, t.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.secretaryMemberId],
      foreignColumns: [partyMembers.tenantId, partyMembers.id],
    }),
    index().on(t.tenantId, t.villageId, t.kind),
    // A party group belongs to a branch; an association branch may sit under the village's branch.
    check(
      'party_organizations_group_has_parent',
      sql`(${t.kind} <> 'party-group' or ${t.parentId} is not null) and (${t.parentId} is null or ${t.kind} in ('party-group', 'association-branch'))`,
    ),
    check(
      'party_organizations_association_key',
      sql`(${t.kind} = 'association-branch') = (${t.associationKey} is not null)`,
    ),
  ],
);

/**
 * Party members of a village and their category's particulars. The resident ID number is never stored in
 * plain: `idNumberSealed` (AES-256-GCM, `@cunshe/personal-data`) for those allowed to reveal it,
 * `idNumberHash` (keyed HMAC) to find it and keep it unique in the county, `idNumberMasked` (first 6 + last 4)
 * for everybody else. `organizationId` is the branch that keeps the member in the village: for an
 * in-service member, the residence branch of the dual management, beside the employer and its organization.
 * The check constraints repeat each category's required fields, so no code path can store a member without them.
 */
export const partyMembers = pgTable(
  'party_members',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    organizationId: uuid().notNull(),
    groupId: uuid(),
    name: text().notNull(),
    gender: personGender().notNull(),
    idNumberSealed: text().notNull(),
    idNumberHash: text().notNull(),
    idNumberMasked: text().notNull(),
    /** Normalised mainland mobile number (11 digits), or null. */
    phone: text(),
    category: partyMemberCategory().notNull(),
    status: partyMemberStatus().notNull().default('full'),
    joinedOn: date().notNull(),
    /** In-service (在职党员): the employer and the party organization that holds the membership there. */
    employerName: text(),
    employerPartyOrganization: text(),
    /** Unemployed (下岗失业党员): when the member was registered (登记制度). */
    registeredOn: date(),
    /** Floating (流动党员): the activity certificate (流动党员活动证), where they are and who manages them. */
    certificateNumber: text(),
    certificateValidFrom: date(),
    certificateValidUntil: date(),
    currentLocation: text(),
    managementMode: floatingManagementMode(),
    managingOrganizationName: text(),
    ...timestamps,
  },
  // Annotated: the organizations and members reference each other (secretary, branch).
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.idNumberHash),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.organizationId],
      foreignColumns: [partyOrganizations.tenantId, partyOrganizations.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.groupId],
      foreignColumns: [partyOrganizations.tenantId, partyOrganizations.id],
    }),
    index().on(t.tenantId, t.villageId, t.category),
    index().on(t.tenantId, t.organizationId),
    index().on(t.tenantId, t.name),
    // The exact look-up by mobile number.
    index().on(t.tenantId, t.phone),
    check(
      'party_members_in_service',
      sql`${t.category} <> 'in-service' or (${t.employerName} is not null and ${t.employerPartyOrganization} is not null)`,
    ),
    check('party_members_unemployed', sql`${t.category} <> 'unemployed' or ${t.registeredOn} is not null`),
    check(
      'party_members_floating',
      sql`${t.category} <> 'floating' or (${t.certificateNumber} is not null and ${t.certificateValidFrom} is not null
        and ${t.certificateValidUntil} >= ${t.certificateValidFrom} and ${t.currentLocation} is not null
        and ${t.managementMode} is not null
        and (${t.managementMode} = 'direct' or ${t.managingOrganizationName} is not null))`,
    ),
  ],
);

/** Every move of a member between branches of the county, kept as history (组织关系转接). */
export const partyMemberTransfers = pgTable(
  'party_member_transfers',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    memberId: uuid().notNull(),
    fromVillageId: uuid().notNull(),
    fromOrganizationId: uuid().notNull(),
    toVillageId: uuid().notNull(),
    toOrganizationId: uuid().notNull(),
    transferredOn: date().notNull(),
    reason: text(),
    actorId: uuid(),
    actorName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.memberId],
      foreignColumns: [partyMembers.tenantId, partyMembers.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.fromVillageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({ columns: [t.tenantId, t.toVillageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.fromOrganizationId],
      foreignColumns: [partyOrganizations.tenantId, partyOrganizations.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.toOrganizationId],
      foreignColumns: [partyOrganizations.tenantId, partyOrganizations.id],
    }),
    index().on(t.tenantId, t.memberId, t.transferredOn),
  ],
);

/** The dated contact log of an unemployed member (定期联系制度). */
export const partyMemberContacts = pgTable(
  'party_member_contacts',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    memberId: uuid().notNull(),
    contactedOn: date().notNull(),
    method: contactMethod().notNull(),
    note: text().notNull(),
    actorName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.memberId],
      foreignColumns: [partyMembers.tenantId, partyMembers.id],
    }).onDelete('cascade'),
    index().on(t.tenantId, t.memberId, t.contactedOn),
  ],
);

/** Periodic assessments of an unemployed member (教育考评制度), one per member and period (`2024`, `2024-H1`). */
export const partyMemberAssessments = pgTable(
  'party_member_assessments',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    memberId: uuid().notNull(),
    period: text().notNull(),
    assessedOn: date().notNull(),
    result: assessmentResult().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.memberId, t.period),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.memberId],
      foreignColumns: [partyMembers.tenantId, partyMembers.id],
    }).onDelete('cascade'),
  ],
);

/** 村“两委”: one committee of a village for one term (届). */
export const villageCommittees = pgTable(
  'village_committees',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    kind: villageCommitteeKind().notNull(),
    termStartedOn: date().notNull(),
    termEndsOn: date().notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.villageId, t.kind, t.termStartedOn),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    index().on(t.tenantId, t.villageId, t.kind),
    check('village_committees_term', sql`${t.termEndsOn} > ${t.termStartedOn}`),
  ],
);

/**
 * Cadres of a committee: post, dates in post, how they were selected and whether by 两推一选. A party
 * member's cadre rows carry `memberId`, which is how cross-appointment (the same member in both committees)
 * and 一肩挑 (the branch secretary is also the villagers' committee director) are computed, never stored.
 */
export const cadres = pgTable(
  'cadres',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    committeeId: uuid().notNull(),
    memberId: uuid(),
    name: text().notNull(),
    post: cadrePost().notNull(),
    selection: cadreSelection().notNull(),
    isTwoRecommendationsOneElection: boolean().notNull().default(false),
    startedOn: date().notNull(),
    endedOn: date(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.committeeId],
      foreignColumns: [villageCommittees.tenantId, villageCommittees.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.memberId],
      foreignColumns: [partyMembers.tenantId, partyMembers.id],
    }),
    index().on(t.tenantId, t.villageId),
    index().on(t.tenantId, t.committeeId),
    index().on(t.tenantId, t.memberId),
    check('cadres_dates', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
  ],
);

/** Party activities of a village; a pairing assistance names the household helped (结对帮扶). */
export const partyActivities = pgTable(
  'party_activities',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    organizationId: uuid(),
    /** The party-member centre (三大中心) the activity was held at or organized by, when there is one. */
    centreId: uuid(),
    kind: partyActivityKind().notNull(),
    title: text().notNull(),
    description: text(),
    location: text(),
    startedOn: date().notNull(),
    endedOn: date(),
    householdName: text(),
    householdSituation: text(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.organizationId],
      foreignColumns: [partyOrganizations.tenantId, partyOrganizations.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.centreId],
      foreignColumns: [partyCentres.tenantId, partyCentres.id],
    }),
    index().on(t.tenantId, t.villageId, t.startedOn),
    index().on(t.tenantId, t.centreId),
    check('party_activities_dates', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    check(
      'party_activities_household',
      sql`${t.kind} <> 'pairing-assistance' or ${t.householdName} is not null`,
    ),
  ],
);

/** Who took part in an activity, for how many hours (one decimal), in which role. */
export const partyActivityParticipants = pgTable(
  'party_activity_participants',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    activityId: uuid().notNull(),
    memberId: uuid().notNull(),
    hours: numeric({ precision: 6, scale: 1, mode: 'number' }).notNull().default(0),
    role: text(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.activityId, t.memberId),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.activityId],
      foreignColumns: [partyActivities.tenantId, partyActivities.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.memberId],
      foreignColumns: [partyMembers.tenantId, partyMembers.id],
    }).onDelete('cascade'),
    index().on(t.tenantId, t.memberId),
    check('party_activity_participants_hours', sql`${t.hours} >= 0`),
  ],
);

/** 三会一课 of an organization: planned (`plannedOn`), held (`heldOn`), or both. */
export const partyMeetings = pgTable(
  'party_meetings',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    organizationId: uuid().notNull(),
    kind: partyMeetingKind().notNull(),
    topic: text().notNull(),
    plannedOn: date(),
    heldOn: date(),
    location: text(),
    notes: text(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.organizationId],
      foreignColumns: [partyOrganizations.tenantId, partyOrganizations.id],
    }).onDelete('cascade'),
    index().on(t.tenantId, t.organizationId, t.kind, t.heldOn),
    index().on(t.tenantId, t.villageId, t.plannedOn),
    check('party_meetings_date', sql`${t.plannedOn} is not null or ${t.heldOn} is not null`),
  ],
);

/** Attendance at a held meeting: present, or absent with the reason (请假事由). */
export const partyMeetingAttendances = pgTable(
  'party_meeting_attendances',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    meetingId: uuid().notNull(),
    memberId: uuid().notNull(),
    isPresent: boolean().notNull(),
    absenceReason: text(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.meetingId, t.memberId),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [partyMeetings.tenantId, partyMeetings.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.memberId],
      foreignColumns: [partyMembers.tenantId, partyMembers.id],
    }).onDelete('cascade'),
    index().on(t.tenantId, t.memberId),
    check(
      'party_meeting_attendances_reason',
      sql`${t.isPresent} or (${t.absenceReason} is not null and ${t.absenceReason} <> '')`,
    ),
  ],
);

/**
 * Party dues (党费) of one member for one month (`YYYY-MM`), in integer fen, with the share the county
 * retains (留存党费) computed at recording time from the county's rate, so a later change of rate never
 * rewrites what was recorded.
 */
export const partyDues = pgTable(
  'party_dues',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    villageId: uuid().notNull(),
    memberId: uuid().notNull(),
    organizationId: uuid().notNull(),
    month: text().notNull(),
    amountFen: integer().notNull(),
    retainedFen: integer().notNull(),
    paidOn: date().notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.memberId, t.month),
    foreignKey({ columns: [t.tenantId, t.villageId], foreignColumns: [villages.tenantId, villages.id] }),
    foreignKey({
      columns: [t.tenantId, t.memberId],
      foreignColumns: [partyMembers.tenantId, partyMembers.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.organizationId],
      foreignColumns: [partyOrganizations.tenantId, partyOrganizations.id],
    }),
    index().on(t.tenantId, t.villageId, t.month),
    check('party_dues_month', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('party_dues_amounts', sql`${t.amountFen} >= 0 and ${t.retainedFen} between 0 and ${t.amountFen}`),
  ],
);

/** A county's party-dues settings: the share of dues it retains, in basis points (2500 = 25%). One row per county. */
export const partyDuesSettings = pgTable(
  'party_dues_settings',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    id: uuid().notNull().defaultRandom(),
    retainedShareBasisPoints: integer().notNull().default(0),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId),
    check('party_dues_settings_share', sql`${t.retainedShareBasisPoints} between 0 and 10000`),
  ],
);

export type PartyOrganization = typeof partyOrganizations.$inferSelect;
export type NewPartyOrganization = typeof partyOrganizations.$inferInsert;
export type PartyMember = typeof partyMembers.$inferSelect;
export type NewPartyMember = typeof partyMembers.$inferInsert;
export type PartyMemberTransfer = typeof partyMemberTransfers.$inferSelect;
export type PartyMemberContact = typeof partyMemberContacts.$inferSelect;
export type PartyMemberAssessment = typeof partyMemberAssessments.$inferSelect;
export type VillageCommittee = typeof villageCommittees.$inferSelect;
export type Cadre = typeof cadres.$inferSelect;
export type NewCadre = typeof cadres.$inferInsert;
export type PartyActivity = typeof partyActivities.$inferSelect;
export type PartyActivityParticipant = typeof partyActivityParticipants.$inferSelect;
export type PartyMeeting = typeof partyMeetings.$inferSelect;
export type PartyMeetingAttendance = typeof partyMeetingAttendances.$inferSelect;
export type PartyDue = typeof partyDues.$inferSelect;
export type PartyDuesSettings = typeof partyDuesSettings.$inferSelect;
