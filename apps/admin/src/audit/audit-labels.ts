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
} as const satisfies Record<string, MessageKey>;

/** The audited entities the admin names. */
export const auditEntities = {
  user: 'audit.entity.user',
  village: 'audit.entity.village',
  'role-permissions': 'audit.entity.role-permissions',
  tenant: 'audit.entity.tenant',
  session: 'audit.entity.session',
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
