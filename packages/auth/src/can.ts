import { NotAllowedError } from '@cunshe/errors';
import type { AuthUser } from './auth-user';
import {
  isCorePermission,
  isPluginPermission,
  isReadPermission,
  type Permission,
  rolePermissions,
} from './permissions';
import { scopeOrNull } from './village-scope';

/**
 * Where a resource sits: always its county, and its township and village when it belongs to one. A
 * village-level resource must carry its `townshipId` too, or a township admin is refused it.
 */
export interface Resource {
  tenantId: string;
  townshipId?: string | null | undefined;
  villageId?: string | null | undefined;
}

/** The {@link Resource} of a village row (its `id` is the village id). */
export function villageResource(village: { tenantId: string; townshipId: string; id: string }): Resource {
  return { tenantId: village.tenantId, townshipId: village.townshipId, villageId: village.id };
}

/** The {@link Resource} of a row that belongs to a village (it carries `villageId`), given the village's township. */
export function inVillage(row: { tenantId: string; villageId: string }, townshipId: string): Resource {
  return { tenantId: row.tenantId, townshipId, villageId: row.villageId };
}

function holds(user: AuthUser, permission: string): boolean {
  if (isCorePermission(permission)) return rolePermissions[user.role].includes(permission);
  if (!isPluginPermission(permission) || user.tenantId === null) return false;
  if (user.role === 'county-admin') return true;
  return user.grantedPermissions.includes(permission);
}

function reaches(user: AuthUser, resource: Resource): boolean {
  if (user.tenantId === null || resource.tenantId !== user.tenantId) return false;
  const scope = scopeOrNull(user);
  if (scope === null) return false;
  if (scope === 'county') return true;
  if ('villageId' in scope) return !!resource.villageId && resource.villageId === scope.villageId;
  return !!resource.townshipId && resource.townshipId === scope.townshipId;
}

/**
 * The one permission check, used by the `requirePermission` middleware and by business code.
 *
 * Without `resource` it answers whether the user's role holds `permission` at all (core permissions by
 * role, plugin permissions by the county's grants; a county admin holds every plugin permission). With a
 * `resource` the user must also reach it: same county, and inside the user's township or village. A
 * viewer never holds a permission that writes, even if one was granted; the platform operator has no
 * county, so no county resource is ever within its reach.
 *
 * @example
 * if (!can(user, 'villages:update', villageResource(village))) throw new NotFoundError('No such village here.');
 */
export function can(user: AuthUser | null | undefined, permission: Permission, resource?: Resource): boolean {
  if (!user) return false;
  if (user.role === 'viewer' && !isReadPermission(permission)) return false;
  if (!holds(user, permission)) return false;
  return resource === undefined || reaches(user, resource);
}

/**
 * {@link can}, throwing when the answer is no.
 * @throws NotAllowedError naming the permission.
 */
export function assertCan(
  user: AuthUser | null | undefined,
  permission: Permission,
  resource?: Resource,
): void {
  if (!can(user, permission, resource)) {
    throw new NotAllowedError(`You do not have the permission ${permission} here.`);
  }
}
