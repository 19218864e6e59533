import { NotAllowedError } from '@cunshe/errors';
import type { AuthUser } from './auth-user';

/** The villages a user may see: one village, one township's villages, or the whole county. */
export type UserVillageScope = { villageId: string } | { townshipId: string } | 'county';

/**
 * The village scope of a user for list queries: `{ villageId }` for village admins and station staff (and a
 * viewer of one village), `{ townshipId }` for township admins (and a viewer of one township), `'county'`
 * for county admins and county viewers. The most specific geography the user carries wins.
 * @throws NotAllowedError for the platform operator, who has no county (or a scoped role without its geography).
 * @example
 * const scope = villageScopeOf(user);
 * const where = scope === 'county' ? undefined : 'villageId' in scope ? eq(villages.id, scope.villageId) : eq(villages.townshipId, scope.townshipId);
 */
export function villageScopeOf(user: AuthUser): UserVillageScope {
  const scope = scopeOrNull(user);
  if (scope === null)
    throw new NotAllowedError('This account has no county, township or village to work in.');
  return scope;
}

/** {@link villageScopeOf}, answering null instead of throwing (for `can`). */
export function scopeOrNull(user: AuthUser): UserVillageScope | null {
  if (user.tenantId === null) return null;
  if (user.villageId) return { villageId: user.villageId };
  if (user.townshipId) return { townshipId: user.townshipId };
  // A scoped role without its geography reaches nothing rather than the whole county.
  if (user.role === 'township-admin' || user.role === 'village-admin' || user.role === 'station-staff')
    return null;
  return 'county';
}
