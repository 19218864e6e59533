import type { AuthUser } from './auth-user';
import { can } from './can';
import { type Permission, rolePermissions } from './permissions';

/**
 * The permissions a user holds, for the admin UI to show and hide things: the role's core permissions and
 * the plugin permissions granted to it. A county admin also holds every plugin permission, which this
 * list cannot enumerate; `can` is the authority.
 */
export function permissionsOf(user: AuthUser): Permission[] {
  const names = [...rolePermissions[user.role], ...user.grantedPermissions] as Permission[];
  return [...new Set(names)].filter((name) => can(user, name)).sort();
}
