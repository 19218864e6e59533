import { api } from '../api/client';
import { type ListPage, type ListQuery, toListSearch } from '../components/data-table';

/** The kinds of party organization. */
export const organizationKinds = ['branch', 'general-branch', 'party-group', 'association-branch'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
/** The four member categories of the seed's classified management. */
export const memberCategories = ['resident', 'in-service', 'unemployed', 'floating'] as const;
export type MemberCategory = (typeof memberCategories)[number];
export const memberStatuses = ['full', 'probationary', 'transferred-out', 'deceased'] as const;
export type MemberStatus = (typeof memberStatuses)[number];
export const managementModes = ['direct', 'joint', 'proxy'] as const;
export type ManagementMode = (typeof managementModes)[number];
export const committeeKinds = ['party-branch-committee', 'villagers-committee'] as const;
export type CommitteeKind = (typeof committeeKinds)[number];
export const cadrePosts = ['secretary', 'deputy-secretary', 'director', 'deputy-director', 'member'] as const;
export type CadrePost = (typeof cadrePosts)[number];
export const cadreSelections = ['elected', 'hired', 'dispatched', 'seconded'] as const;
export type CadreSelection = (typeof cadreSelections)[number];
export const activityKinds = [
  'vanguard-post',
  'demonstration-zone',
  'volunteer-team',
  'voluntary-labour',
  'dedication-day',
  'pairing-assistance',
] as const;
export type ActivityKind = (typeof activityKinds)[number];
export const meetingKinds = [
  'general-meeting',
  'committee-meeting',
  'group-meeting',
  'party-lesson',
] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingStatuses = ['held', 'planned', 'overdue'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** A party organization. */
export interface PartyOrganization {
  id: string;
  villageId: string;
  villageName: string;
  kind: OrganizationKind;
  name: string;
  parentId: string | null;
  parentName: string | null;
  pluginId: string | null;
  associationKey: string | null;
  secretaryMemberId: string | null;
  secretaryName: string | null;
  establishedOn: string | null;
  memberCount: number;
}

/** A member in a list: ID number and phone masked. */
export interface MemberListItem {
  id: string;
  name: string;
  gender: 'male' | 'female';
  idNumberMasked: string;
  phoneMasked: string | null;
  category: MemberCategory;
  status: MemberStatus;
  joinedOn: string;
  villageId: string;
  villageName: string;
  organizationId: string;
  organizationName: string;
  groupId: string | null;
  groupName: string | null;
}

/** The category fields of a member. */
export interface MemberCategoryFields {
  employerName: string | null;
  employerPartyOrganization: string | null;
  registeredOn: string | null;
  certificateNumber: string | null;
  certificateValidFrom: string | null;
  certificateValidUntil: string | null;
  currentLocation: string | null;
  managementMode: ManagementMode | null;
  managingOrganizationName: string | null;
}

/** A member's page. */
export interface Member extends MemberListItem, MemberCategoryFields {
  phone: string | null;
  isCertificateExpired: boolean;
  lastContactOn: string | null;
  isContactOverdue: boolean;
  createdAt: string;
  updatedAt: string;
  canRevealIdNumber: boolean;
  canManage: boolean;
}

/** What the member form sends. */
export interface MemberInput extends Partial<MemberCategoryFields> {
  organizationId?: string;
  groupId?: string | null;
  name?: string;
  idNumber?: string;
  phone?: string | null;
  category?: MemberCategory;
  status?: MemberStatus;
  joinedOn?: string;
}

export interface MemberTransfer {
  id: string;
  transferredOn: string;
  fromVillageName: string;
  fromOrganizationName: string;
  toVillageName: string;
  toOrganizationName: string;
  reason: string | null;
  actorName: string | null;
}

export interface MemberContact {
  id: string;
  contactedOn: string;
  method: 'visit' | 'phone' | 'message' | 'meeting';
  note: string;
  actorName: string | null;
}

export interface MemberAssessment {
  id: string;
  period: string;
  assessedOn: string;
  result: 'excellent' | 'competent' | 'basically-competent' | 'incompetent';
  note: string | null;
}

export interface MemberActivityRecord {
  items: {
    activityId: string;
    kind: ActivityKind;
    title: string;
    startedOn: string;
    hours: number;
    role: string | null;
  }[];
  totalHours: number;
}

export interface Cadre {
  id: string;
  committeeId: string;
  memberId: string | null;
  name: string;
  post: CadrePost;
  selection: CadreSelection;
  isTwoRecommendationsOneElection: boolean;
  startedOn: string;
  endedOn: string | null;
  isCurrent: boolean;
  isCrossAppointed: boolean;
}

export interface VillageCommittees {
  villageId: string;
  villageName: string;
  asOf: string;
  committees: {
    id: string;
    kind: CommitteeKind;
    termStartedOn: string;
    termEndsOn: string;
    isCurrent: boolean;
    cadres: Cadre[];
  }[];
  secretaryName: string | null;
  directorName: string | null;
  isOneShoulder: boolean;
  crossAppointedCount: number;
}

export interface CadreRatios {
  asOf: string;
  villageCount: number;
  villagesWithBothHeads: number;
  oneShoulderVillages: number;
  oneShoulderRatio: number | null;
  cadreCount: number;
  crossAppointedCount: number;
  crossAppointmentRatio: number | null;
}

export interface Activity {
  id: string;
  villageId: string;
  villageName: string;
  organizationId: string | null;
  organizationName: string | null;
  /** The centre (三大中心) the activity belongs to, if any. */
  centreId: string | null;
  centreName: string | null;
  kind: ActivityKind;
  title: string;
  description: string | null;
  location: string | null;
  startedOn: string;
  endedOn: string | null;
  householdName: string | null;
  householdSituation: string | null;
  participantCount: number;
  totalHours: number;
  participants?: { memberId: string; memberName: string; hours: number; role: string | null }[];
}

export interface Meeting {
  id: string;
  villageId: string;
  villageName: string;
  organizationId: string;
  organizationName: string;
  kind: MeetingKind;
  topic: string;
  plannedOn: string | null;
  heldOn: string | null;
  location: string | null;
  status: MeetingStatus;
  presentCount: number;
  absentCount: number;
  attendance?: { memberId: string; memberName: string; isPresent: boolean; absenceReason: string | null }[];
}

export interface MeetingStanding {
  organizationId: string;
  organizationName: string;
  villageName: string;
  isOverdue: boolean;
  kinds: {
    kind: MeetingKind;
    lastHeldOn: string | null;
    dueBy: string;
    isOverdue: boolean;
    overduePlannedCount: number;
  }[];
}

export interface MonthDues {
  month: string;
  retainedShareBasisPoints: number;
  items: {
    memberId: string;
    memberName: string;
    villageName: string;
    organizationName: string;
    record: { id: string; amountFen: number; retainedFen: number; paidOn: string } | null;
  }[];
  total: number;
  page: number;
  pageSize: number;
  totals: { memberCount: number; paidCount: number; amountFen: number; retainedFen: number };
}

export interface DuesSummary {
  year: string;
  retainedShareBasisPoints: number;
  months: { month: string; recordCount: number; amountFen: number; retainedFen: number }[];
  totalAmountFen: number;
  totalRetainedFen: number;
}

export interface ImportReport {
  applied: boolean;
  importedCount: number;
  validCount: number;
  errorCount: number;
  rows: {
    line: number;
    name: string;
    idNumberMasked: string | null;
    category: MemberCategory | null;
    organizationName: string | null;
    errors: { field: string; message: string }[];
  }[];
}

/** The root of every party query's cache key; invalidate it after a change. */
export const partyQueryKey = ['party'] as const;

const id = (value: string) => encodeURIComponent(value);
const search = (params: Record<string, string | number | undefined>) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `?${text}` : '';
};

export const fetchOrganizations = (params: { villageId?: string; kind?: string; pageSize?: number } = {}) =>
  api<ListPage<PartyOrganization>>(`/api/party/organizations${search({ pageSize: 100, ...params })}`);
export const createOrganization = (body: Record<string, unknown>) =>
  api<PartyOrganization>('/api/party/organizations', { method: 'POST', body });
export const updateOrganization = (organizationId: string, body: Record<string, unknown>) =>
  api<PartyOrganization>(`/api/party/organizations/${id(organizationId)}`, { method: 'PATCH', body });

export const fetchMembers = (query: ListQuery) =>
  api<ListPage<MemberListItem>>(`/api/party/members${toListSearch(query)}`);
export const fetchMemberOptions = (params: { villageId?: string; organizationId?: string }) =>
  api<ListPage<MemberListItem>>(`/api/party/members${search({ pageSize: 100, ...params })}`);
export const fetchMember = (memberId: string) => api<Member>(`/api/party/members/${id(memberId)}`);
export const createMember = (body: MemberInput) =>
  api<Member>('/api/party/members', { method: 'POST', body });
export const updateMember = (memberId: string, body: MemberInput) =>
  api<Member>(`/api/party/members/${id(memberId)}`, { method: 'PATCH', body });
/** Finds members by exact ID or phone number; the number travels in the body, never the URL. */
export const lookupMembers = (body: { idNumber?: string; phone?: string }) =>
  api<{ items: MemberListItem[] }>('/api/party/members/lookup', { method: 'POST', body });
export const revealIdNumber = (memberId: string) =>
  api<{ idNumber: string }>(`/api/party/members/${id(memberId)}/reveal-id`, { method: 'POST' });
export const fetchTransfers = (memberId: string) =>
  api<{ items: MemberTransfer[] }>(`/api/party/members/${id(memberId)}/transfers`);
export const transferMember = (
  memberId: string,
  body: { toOrganizationId: string; transferredOn: string; reason?: string },
) => api<Member>(`/api/party/members/${id(memberId)}/transfers`, { method: 'POST', body });
export const fetchContacts = (memberId: string) =>
  api<{ items: MemberContact[] }>(`/api/party/members/${id(memberId)}/contacts`);
export const addContact = (memberId: string, body: { contactedOn: string; method: string; note: string }) =>
  api<MemberContact>(`/api/party/members/${id(memberId)}/contacts`, { method: 'POST', body });
export const fetchAssessments = (memberId: string) =>
  api<{ items: MemberAssessment[] }>(`/api/party/members/${id(memberId)}/assessments`);
export const addAssessment = (
  memberId: string,
  body: { period: string; assessedOn: string; result: string; note?: string },
) => api<MemberAssessment>(`/api/party/members/${id(memberId)}/assessments`, { method: 'POST', body });
export const fetchMemberActivities = (memberId: string) =>
  api<MemberActivityRecord>(`/api/party/members/${id(memberId)}/activities`);
export const importMembers = (body: {
  villageId: string;
  fileName: string;
  contentBase64: string;
  dryRun: boolean;
  onlyValidRows: boolean;
}) => api<ImportReport>('/api/party/members/import', { method: 'POST', body });
/** The member export's URL for the list's filters (never with an ID or phone number: `q` is a name). */
export const exportHref = (query: ListQuery) => {
  const params = new URLSearchParams(query.filters);
  if (query.q) params.set('q', query.q);
  const text = params.toString();
  return `/api/party/members/export${text ? `?${text}` : ''}`;
};
export const templateHref = '/api/party/members/import-template';

export const fetchCommittees = (villageId: string) =>
  api<VillageCommittees>(`/api/party/committees${search({ villageId })}`);
export const createCommittee = (body: {
  villageId: string;
  kind: CommitteeKind;
  termStartedOn: string;
  termEndsOn: string;
}) => api<unknown>('/api/party/committees', { method: 'POST', body });
export const addCadre = (committeeId: string, body: Record<string, unknown>) =>
  api<unknown>(`/api/party/committees/${id(committeeId)}/cadres`, { method: 'POST', body });
export const updateCadre = (cadreId: string, body: Record<string, unknown>) =>
  api<unknown>(`/api/party/cadres/${id(cadreId)}`, { method: 'PATCH', body });
export const fetchCadreRatios = () => api<CadreRatios>('/api/party/cadre-ratios');

export const fetchActivities = (query: ListQuery) =>
  api<ListPage<Activity>>(`/api/party/activities${toListSearch(query)}`);
export const fetchActivity = (activityId: string) => api<Activity>(`/api/party/activities/${id(activityId)}`);
export const createActivity = (body: Record<string, unknown>) =>
  api<Activity>('/api/party/activities', { method: 'POST', body });

export const fetchMeetings = (query: ListQuery) =>
  api<ListPage<Meeting>>(`/api/party/meetings${toListSearch(query)}`);
export const fetchMeeting = (meetingId: string) => api<Meeting>(`/api/party/meetings/${id(meetingId)}`);
export const createMeeting = (body: Record<string, unknown>) =>
  api<Meeting>('/api/party/meetings', { method: 'POST', body });
export const updateMeeting = (meetingId: string, body: Record<string, unknown>) =>
  api<Meeting>(`/api/party/meetings/${id(meetingId)}`, { method: 'PATCH', body });
export const fetchMeetingStatus = (params: { villageId?: string } = {}) =>
  api<{ asOf: string; items: MeetingStanding[] }>(`/api/party/meeting-status${search(params)}`);

export const fetchMonthDues = (params: {
  month: string;
  page: number;
  pageSize: number;
  organizationId?: string;
}) => api<MonthDues>(`/api/party/dues${search(params)}`);
export const recordDues = (body: { memberId: string; month: string; amountFen: number; paidOn: string }) =>
  api<unknown>('/api/party/dues', { method: 'PUT', body });
export const fetchDuesSummary = (year: string) =>
  api<DuesSummary>(`/api/party/dues/summary${search({ year })}`);
export const setDuesSettings = (retainedShareBasisPoints: number) =>
  api<unknown>('/api/party/dues/settings', { method: 'PUT', body: { retainedShareBasisPoints } });

/** Villages of the user's scope matching a search, for pickers. */
export const searchVillages = (q: string) =>
  api<ListPage<{ id: string; code: string; name: string; townshipName: string }>>(
    `/api/villages${search({ q, pageSize: 20 })}`,
  );
