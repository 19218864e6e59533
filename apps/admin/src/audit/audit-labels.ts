import type { MessageKey } from '../i18n/catalogs';

/** The audited actions the admin names, by the action string the API records. */
export const auditActions = {
  'auth.login': 'audit.action.login',
  'auth.login-failed': 'audit.action.loginFailed',
  'auth.logout': 'audit.action.logout',
  'auth.password-changed': 'audit.action.passwordChanged',
  'auth.sessions-ended': 'audit.action.sessionsEnded',
  'user.invited': 'audit.action.userInvited',
  'user.updated': 'audit.action.userUpdated',
  'user.role-changed': 'audit.action.userRoleChanged',
  'user.disabled': 'audit.action.userDisabled',
  'user.enabled': 'audit.action.userEnabled',
  'user.password-reset': 'audit.action.userPasswordReset',
  'village.type-changed': 'audit.action.villageTypeChanged',
  'village.updated': 'audit.action.villageUpdated',
  'role-permissions.updated': 'audit.action.rolePermissionsUpdated',
  'tenant.disabled': 'audit.action.tenantDisabled',
  'tenant.enabled': 'audit.action.tenantEnabled',
  'plugin.enabled': 'audit.action.pluginEnabled',
  'plugin.disabled': 'audit.action.pluginDisabled',
  'plugin.settings-changed': 'audit.action.pluginSettingsChanged',
  'form.submitted': 'audit.action.formSubmitted',
  'form-submission.id-numbers-revealed': 'audit.action.formIdNumbersRevealed',
  'service-request.transitioned': 'audit.action.serviceRequestTransitioned',
  'service-request.assigned': 'audit.action.serviceRequestAssigned',
  'ledger.exported': 'audit.action.ledgerExported',
  'open311-key.issued': 'audit.action.open311KeyIssued',
  'open311-key.revoked': 'audit.action.open311KeyRevoked',
  'party-centre.created': 'audit.action.partyCentreCreated',
  'party-centre.updated': 'audit.action.partyCentreUpdated',
  'party-centre.deleted': 'audit.action.partyCentreDeleted',
  'party-member.created': 'audit.action.partyMemberCreated',
  'party-member.updated': 'audit.action.partyMemberUpdated',
  'party-member.imported': 'audit.action.partyMemberImported',
  'party-member.exported': 'audit.action.partyMemberExported',
  'party-member.id-revealed': 'audit.action.partyMemberIdRevealed',
  'party-member.transferred': 'audit.action.partyMemberTransferred',
  'party-member.assessed': 'audit.action.partyMemberAssessed',
  'party-member.contacted': 'audit.action.partyMemberContacted',
  'party-organization.created': 'audit.action.partyOrganizationCreated',
  'party-organization.updated': 'audit.action.partyOrganizationUpdated',
  'party-activity.created': 'audit.action.partyActivityCreated',
  'party-activity.updated': 'audit.action.partyActivityUpdated',
  'party-activity.participants-set': 'audit.action.partyActivityParticipantsSet',
  'party-meeting.created': 'audit.action.partyMeetingCreated',
  'party-meeting.updated': 'audit.action.partyMeetingUpdated',
  'party-dues.recorded': 'audit.action.partyDuesRecorded',
  'party-dues.removed': 'audit.action.partyDuesRemoved',
  'party-dues-settings.updated': 'audit.action.partyDuesSettingsUpdated',
  'cadre.created': 'audit.action.cadreCreated',
  'cadre.updated': 'audit.action.cadreUpdated',
  'village-committee.created': 'audit.action.villageCommitteeCreated',
  'evaluation-period.created': 'audit.action.evaluationPeriodCreated',
  'evaluation-period.opened': 'audit.action.evaluationPeriodOpened',
  'evaluation-period.closed': 'audit.action.evaluationPeriodClosed',
  'evaluation-rubric.changed': 'audit.action.evaluationRubricChanged',
  'evaluation-assessment.scored': 'audit.action.evaluationAssessmentScored',
  'evaluation-assessment.submitted': 'audit.action.evaluationAssessmentSubmitted',
  'evaluation-assessment.reviewed': 'audit.action.evaluationAssessmentReviewed',
  'evaluation-assessment.approved': 'audit.action.evaluationAssessmentApproved',
  'evaluation-assessment.returned': 'audit.action.evaluationAssessmentReturned',
  'funding.allocated': 'audit.action.fundingAllocated',
  'equipment.sent': 'audit.action.equipmentSent',
} as const satisfies Record<string, MessageKey>;

/** The audited entities the admin names. */
export const auditEntities = {
  user: 'audit.entity.user',
  village: 'audit.entity.village',
  'role-permissions': 'audit.entity.role-permissions',
  tenant: 'audit.entity.tenant',
  session: 'audit.entity.session',
  'form-submission': 'audit.entity.form-submission',
  'service-request': 'audit.entity.service-request',
  ledger: 'audit.entity.ledger',
  'open311-api-key': 'audit.entity.open311-api-key',
  'party-centre': 'audit.entity.party-centre',
  'party-member': 'audit.entity.party-member',
  'party-organization': 'audit.entity.party-organization',
  'party-activity': 'audit.entity.party-activity',
  'party-meeting': 'audit.entity.party-meeting',
  'party-dues-settings': 'audit.entity.party-dues-settings',
  cadre: 'audit.entity.cadre',
  'village-committee': 'audit.entity.village-committee',
  'evaluation-period': 'audit.entity.evaluation-period',
  'evaluation-assessment': 'audit.entity.evaluation-assessment',
  'funding-allocation': 'audit.entity.funding-allocation',
  'equipment-allocation': 'audit.entity.equipment-allocation',
} as const satisfies Record<string, MessageKey>;

const fieldKeys: Record<string, MessageKey> = {
  type: 'audit.field.type',
  role: 'audit.field.role',
  displayName: 'audit.field.displayName',
  username: 'audit.field.username',
  mobile: 'audit.field.mobile',
  isDisabled: 'audit.field.isDisabled',
  mustChangePassword: 'audit.field.mustChangePassword',
  townshipId: 'audit.field.townshipId',
  villageId: 'audit.field.villageId',
  name: 'audit.field.name',
  code: 'audit.field.code',
  ipAddress: 'audit.field.ipAddress',
  userAgent: 'audit.field.userAgent',
  reason: 'audit.field.reason',
  endedSessions: 'audit.field.endedSessions',
  ended: 'audit.field.endedSessions',
  wasForced: 'audit.field.wasForced',
  isEnabled: 'audit.field.isEnabled',
  overrideReason: 'audit.field.overrideReason',
  pluginId: 'audit.field.pluginId',
  formKey: 'audit.field.formKey',
  formVersion: 'audit.field.formVersion',
  station: 'audit.field.station',
  status: 'audit.field.status',
  comment: 'audit.field.comment',
  title: 'audit.field.title',
  kind: 'audit.field.kind',
  totalScore: 'audit.field.totalScore',
  items: 'audit.field.items',
  month: 'audit.field.month',
  paidOn: 'audit.field.paidOn',
  amountFen: 'audit.field.amountFen',
  retainedFen: 'audit.field.retainedFen',
  amountYuan: 'audit.field.amountYuan',
  period: 'audit.field.period',
  result: 'audit.field.result',
  method: 'audit.field.method',
  contactedOn: 'audit.field.contactedOn',
  post: 'audit.field.post',
  startedOn: 'audit.field.startedOn',
  endedOn: 'audit.field.endedOn',
  heldOn: 'audit.field.heldOn',
  plannedOn: 'audit.field.plannedOn',
  topic: 'audit.field.topic',
  address: 'audit.field.address',
  openingHours: 'audit.field.openingHours',
  services: 'audit.field.services',
  category: 'audit.field.category',
  joinedOn: 'audit.field.joinedOn',
  selection: 'audit.field.selection',
  committeeKind: 'audit.field.committeeKind',
  termStartedOn: 'audit.field.termStartedOn',
  termEndsOn: 'audit.field.termEndsOn',
  retainedShareBasisPoints: 'audit.field.retainedShareBasisPoints',
  source: 'audit.field.source',
  purpose: 'audit.field.purpose',
  approver: 'audit.field.approver',
  allocatedOn: 'audit.field.allocatedOn',
  village: 'audit.field.village',
  item: 'audit.field.item',
  quantity: 'audit.field.quantity',
  sentOn: 'audit.field.sentOn',
  note: 'audit.field.note',
  location: 'audit.field.location',
  description: 'audit.field.description',
  participants: 'audit.field.participants',
  householdName: 'audit.field.householdName',
  absent: 'audit.field.absent',
  assigneeId: 'audit.field.assigneeId',
};

const reasonKeys: Record<string, MessageKey> = {
  'wrong-password': 'audit.reason.wrongPassword',
  'unknown-user': 'audit.reason.unknownUser',
  disabled: 'audit.reason.disabled',
  'county-inactive': 'audit.reason.countyInactive',
};

/** The catalog key of why a login failed (`after.reason` of `auth.login-failed`), or undefined. */
export function reasonKey(reason: string): MessageKey | undefined {
  return reasonKeys[reason];
}

/** The catalog key of an action's name, or undefined for an action the admin does not know (shown as is). */
export function actionKey(action: string): MessageKey | undefined {
  return (auditActions as Record<string, MessageKey>)[action];
}

/** The catalog key of an entity's name, or undefined for one the admin does not know. */
export function entityKey(entity: string): MessageKey | undefined {
  return (auditEntities as Record<string, MessageKey>)[entity];
}

/** The catalog key of a snapshot field's name, or undefined for one the admin does not know. */
export function fieldKey(field: string): MessageKey | undefined {
  return fieldKeys[field];
}

const statusKeys: Record<string, Record<string, MessageKey>> = {
  'service-request': {
    submitted: 'serviceRequests.status.submitted',
    accepted: 'serviceRequests.status.accepted',
    'in-progress': 'serviceRequests.status.in-progress',
    resolved: 'serviceRequests.status.resolved',
    rejected: 'serviceRequests.status.rejected',
  },
  'evaluation-assessment': {
    draft: 'evaluation.status.draft',
    submitted: 'evaluation.status.submitted',
    reviewed: 'evaluation.status.reviewed',
    approved: 'evaluation.status.approved',
    returned: 'evaluation.status.returned',
  },
};

/**
 * The catalog key of a `status` value of a service request or a five-goods assessment (the names their own
 * pages show), or undefined for another entity or value.
 */
export function statusKey(entity: string, status: string): MessageKey | undefined {
  return statusKeys[entity]?.[status];
}
