import type { Tx } from '@cunshe/db';
import { rolePermissions, type UserRole } from '@cunshe/db/schema';
import { asc, eq } from 'drizzle-orm';

/** Whether a role's plugin permissions come from the county's grants (not the platform operator's or a county admin's). */
export function hasGrantedPermissions(role: UserRole): boolean {
  return role !== 'platform-operator' && role !== 'county-admin';
}

/** The plugin permissions the county granted to `role`; runs in the county's transaction. */
export async function grantedPermissionsOf(tx: Tx, role: UserRole): Promise<string[]> {
  if (!hasGrantedPermissions(role)) return [];
  const rows = await tx
    .select({ permission: rolePermissions.permission })
    .from(rolePermissions)
    .where(eq(rolePermissions.role, role))
    .orderBy(asc(rolePermissions.permission));
  return rows.map((row) => row.permission);
}
