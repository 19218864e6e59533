/**
 * Accounts of Cunshe: sessions the Lucia way (random tokens, only their SHA-256 stored, sliding and
 * absolute expiry), Argon2id passwords, throttled login by name or mobile number, roles scoped to the
 * county's geography with one permission check (`can`), user management and the audit log's writer.
 */
export { type AuthUser, type PublicUser, toAuthUser, toPublicUser } from './auth-user';
export { assertCan, can, inVillage, type Resource, villageResource } from './can';
export { type ChangePasswordInput, changePassword } from './change-password';
export { type CreatedSession, type CreateSessionInput, createSession } from './create-session';
export { type CreateUserInput, createUser } from './create-user';
export { setUserDisabled } from './disable-user';
export { endSession, endUserSessions } from './end-sessions';
export { type Account, getAccount, type NamedPlace } from './get-account';
export { grantedPermissionsOf } from './granted-permissions';
export { type InvitedUser, type InviteUserInput, inviteUser } from './invite-user';
export { listSessions, type SessionSummary } from './list-sessions';
export { listUsers, type UserListQuery } from './list-users';
export { type LoginInput, type LoginResult, login, WRONG_CREDENTIALS } from './login';
export { isMobileNumber, MOBILE_NUMBER, normalizeLoginName, USERNAME } from './login-name';
export {
  type AuthOptions,
  defaultSessionPolicy,
  type ResolvedAuthOptions,
  resolveAuthOptions,
  type SessionPolicy,
} from './options';
export {
  defaultPasswordHashing,
  hashPassword,
  type PasswordHashingOptions,
  verifyPassword,
} from './password-hashing';
export {
  assertPasswordPolicy,
  generateInitialPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from './password-policy';
export {
  type CorePermission,
  corePermissions,
  type GrantableRole,
  grantableRoles,
  isCorePermission,
  isPermissionName,
  isPluginPermission,
  isReadPermission,
  type Permission,
  rolePermissions,
} from './permissions';
export { permissionsOf } from './permissions-of';
export { type AuditActor, type AuditEntryInput, recordAudit } from './record-audit';
export { resetPassword } from './reset-password';
export { listRoleGrants, type RoleGrant, setRoleGrants } from './role-grants';
export { generateSessionToken, isSessionTokenShape, sessionIdOf } from './session-token';
export {
  defaultThrottlePolicy,
  type ThrottlePolicy,
  type ThrottleRule,
  throttleDelayMs,
} from './throttle-policy';
export { type UserChanges, updateUser } from './update-user';
export { withUserScope } from './user-scope';
export { type ValidatedSession, validateSession } from './validate-session';
export { type UserVillageScope, villageScopeOf } from './village-scope';
