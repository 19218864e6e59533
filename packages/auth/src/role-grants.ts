import type { Database, Tx } from '@cunshe/db';
import { rolePermissions } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import { asc, eq } from 'drizzle-orm';
import type { AuthUser } from './auth-user';
import { managingCounty } from './managed-user';
import { type GrantableRole, grantableRoles, isPluginPermission, isReadPermission } from './permissions';
import { recordAudit } from './record-audit';

/** The plugin permissions a county granted to one role. */
export interface RoleGrant {
  role: GrantableRole;
  permissions: string[];
}

/**
 * The county's grants of plugin permissions, one entry per grantable role (empty when none).
 * @throws NotAllowedError without `users:manage`
 */
export async function listRoleGrants(database: Database, input: { actor: AuthUser }): Promise<RoleGrant[]> {
  const tenantId = managingCounty(input.actor);
  return database.withTenant(tenantId, (tx) => readGrants(tx, tenantId));
}

async function readGrants(tx: Tx, tenantId: string): Promise<RoleGrant[]> {
  const rows = await tx
    .select({ role: rolePermissions.role, permission: rolePermissions.permission })
    .from(rolePermissions)
    .where(eq(rolePermissions.tenantId, tenantId))
    .orderBy(asc(rolePermissions.role), asc(rolePermissions.permission));
  return grantableRoles.map((role) => ({
    role,
    permissions: rows.filter((row) => row.role === role).map((row) => row.permission),
  }));
}

/**
 * A county admin replaces the county's grants of plugin permissions to roles; roles left out keep none.
 * Only well-formed plugin permissions (`<plugin-id>:<action>`) can be granted, and a viewer only ones
 * that read. Audited with the grants before and after.
 * @throws NotAllowedError without `users:manage`
 * @throws InputError naming the bad entry (`items.2.permissions.0`)
 */
export async function setRoleGrants(
  database: Database,
  input: { actor: AuthUser; requestId?: string | null | undefined; grants: RoleGrant[] },
): Promise<RoleGrant[]> {
  const { actor } = input;
  const tenantId = managingCounty(actor);
  const errors: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  input.grants.forEach((grant, i) => {
    if (!(grantableRoles as readonly string[]).includes(grant.role)) {
      errors.push({
        path: `items.${i}.role`,
        message:
          'Plugin permissions are granted to township admins, village admins, station staff and viewers.',
      });
    }
    if (seen.has(grant.role)) errors.push({ path: `items.${i}.role`, message: 'This role is listed twice.' });
    seen.add(grant.role);
    grant.permissions.forEach((permission, j) => {
      if (!isPluginPermission(permission)) {
        errors.push({
          path: `items.${i}.permissions.${j}`,
          message: 'Not a plugin permission (<plugin-id>:<action>).',
        });
      } else if (grant.role === 'viewer' && !isReadPermission(permission)) {
        errors.push({
          path: `items.${i}.permissions.${j}`,
          message: 'A viewer can only be granted permissions that read.',
        });
      }
    });
  });
  if (errors.length > 0) throw new InputError('Some grants are invalid.', errors);
  return database.withTenant(tenantId, async (tx) => {
    const before = await readGrants(tx, tenantId);
    await tx.delete(rolePermissions).where(eq(rolePermissions.tenantId, tenantId));
    const values = input.grants.flatMap((grant) =>
      [...new Set(grant.permissions)].map((permission) => ({ tenantId, role: grant.role, permission })),
    );
    if (values.length > 0) await tx.insert(rolePermissions).values(values);
    const after = await readGrants(tx, tenantId);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'role-permissions.updated',
      entity: 'role-permissions',
      entityId: null,
      before,
      after,
      requestId: input.requestId,
    });
    return after;
  });
}
