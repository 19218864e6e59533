import { api } from '../api/client';

/** A role of a user, scoped to the county's geography (see the Accounts issue). */
export type UserRole =
  | 'platform-operator'
  | 'county-admin'
  | 'township-admin'
  | 'village-admin'
  | 'station-staff'
  | 'viewer';

/** Every role, from the widest scope to the narrowest. */
export const userRoles: readonly UserRole[] = [
  'platform-operator',
  'county-admin',
  'township-admin',
  'village-admin',
  'station-staff',
  'viewer',
];

/** A county, township or village a user's scope names. */
export interface NamedPlace {
  id: string;
  code: string;
  name: string;
}

/** What `GET /api/auth/me` answers: who is signed in, where they work and what they may do. */
export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    mobile: string | null;
    role: UserRole;
  };
  scope: { county: NamedPlace | null; township: NamedPlace | null; village: NamedPlace | null };
  /** True after an invitation or a reset: nothing but changing the password is allowed. */
  mustChangePassword: boolean;
  /** Permission names, e.g. `villages:update`, `users:manage`, `<plugin-id>:<action>`. */
  permissions: string[];
}

/** The query cache key of the signed-in user. */
export const meQueryKey = ['auth', 'me'] as const;

/** Reads the signed-in user; rejects with a 401 `ApiError` when no one is signed in. */
export function fetchMe(): Promise<Me> {
  return api<Me>('/api/auth/me');
}

/** Whether the signed-in user holds a permission. */
export function hasPermission(me: Me, permission: string): boolean {
  return me.permissions.includes(permission);
}

/** Whether a value names a role. */
export function isUserRole(value: unknown): value is UserRole {
  return userRoles.some((role) => role === value);
}
