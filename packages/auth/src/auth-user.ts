import type { User, UserRole } from '@cunshe/db/schema';

/**
 * The signed-in user as every permission check sees it: identity, role, geography and the plugin
 * permissions the county granted to the role. Never carries the password hash.
 */
export interface AuthUser {
  id: string;
  /** The county; null only for the platform operator. */
  tenantId: string | null;
  username: string;
  displayName: string;
  mobile: string | null;
  role: UserRole;
  /** Set for township-scoped users, and for village-scoped ones (the village's township). */
  townshipId: string | null;
  /** Set for village-scoped users. */
  villageId: string | null;
  /** True after an invitation or a reset: every route but changing the password is refused. */
  mustChangePassword: boolean;
  /** Plugin permissions (`<plugin-id>:<action>`) granted to the role by the county admin. */
  grantedPermissions: readonly string[];
}

/** A user row as the API shows it to a county admin: everything but the password hash. */
export interface PublicUser {
  id: string;
  tenantId: string | null;
  username: string;
  displayName: string;
  mobile: string | null;
  role: UserRole;
  townshipId: string | null;
  villageId: string | null;
  mustChangePassword: boolean;
  isDisabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Strips a user row down to its {@link PublicUser} fields (no password hash). */
export function toPublicUser(row: User): PublicUser {
  return {
    id: row.id,
    tenantId: row.tenantId,
    username: row.username,
    displayName: row.displayName,
    mobile: row.mobile,
    role: row.role,
    townshipId: row.townshipId,
    villageId: row.villageId,
    mustChangePassword: row.mustChangePassword,
    isDisabled: row.isDisabled,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Builds the {@link AuthUser} of a user row and the plugin permissions granted to its role. */
export function toAuthUser(row: User, grantedPermissions: readonly string[] = []): AuthUser {
  return {
    id: row.id,
    tenantId: row.tenantId,
    username: row.username,
    displayName: row.displayName,
    mobile: row.mobile,
    role: row.role,
    townshipId: row.townshipId,
    villageId: row.villageId,
    mustChangePassword: row.mustChangePassword,
    grantedPermissions,
  };
}
