import type { Database } from '@cunshe/db';
import { tenants, townships, villages } from '@cunshe/db/schema';
import { eq } from 'drizzle-orm';
import type { AuthUser } from './auth-user';
import type { Permission } from './permissions';
import { permissionsOf } from './permissions-of';
import { withUserScope } from './user-scope';

/** A named place of a user's scope. */
export interface NamedPlace {
  id: string;
  code: string;
  name: string;
}

/** What "my account" shows: who, which role, where (with names), the forced change and the permissions. */
export interface Account {
  user: {
    id: string;
    username: string;
    displayName: string;
    mobile: string | null;
    role: AuthUser['role'];
  };
  scope: { county: NamedPlace | null; township: NamedPlace | null; village: NamedPlace | null };
  mustChangePassword: boolean;
  permissions: Permission[];
}

/** The signed-in user's account with the names of their county, township and village. */
export async function getAccount(database: Database, user: AuthUser): Promise<Account> {
  const scope = await withUserScope(database, user.tenantId, async (tx) => {
    const place = { id: tenants.id, code: tenants.code, name: tenants.name };
    const [county] = user.tenantId
      ? await tx.select(place).from(tenants).where(eq(tenants.id, user.tenantId))
      : [];
    const [township] = user.townshipId
      ? await tx
          .select({ id: townships.id, code: townships.code, name: townships.name })
          .from(townships)
          .where(eq(townships.id, user.townshipId))
      : [];
    const [village] = user.villageId
      ? await tx
          .select({ id: villages.id, code: villages.code, name: villages.name })
          .from(villages)
          .where(eq(villages.id, user.villageId))
      : [];
    return { county: county ?? null, township: township ?? null, village: village ?? null };
  });
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      mobile: user.mobile,
      role: user.role,
    },
    scope,
    mustChangePassword: user.mustChangePassword,
    permissions: permissionsOf(user),
  };
}
