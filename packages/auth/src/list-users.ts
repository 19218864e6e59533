import type { Database } from '@cunshe/db';
import { escapeLike } from '@cunshe/db';
import { users } from '@cunshe/db/schema';
import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import { type AuthUser, type PublicUser, toPublicUser } from './auth-user';
import { managingCounty } from './managed-user';

/** A page of the county's users, filtered by `q`. */
export interface UserListQuery {
  /** Part of the login name, display name or mobile number. */
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * The users of the admin's county, by login name, one page at a time. RLS keeps every other county's users
 * out whatever the filter.
 * @throws NotAllowedError without `users:manage`
 */
export async function listUsers(
  database: Database,
  input: { actor: AuthUser; query: UserListQuery },
): Promise<{ items: PublicUser[]; total: number }> {
  const tenantId = managingCounty(input.actor);
  const { page, pageSize } = input.query;
  const q = input.query.q?.normalize('NFC').trim();
  const pattern = q ? `%${escapeLike(q)}%` : undefined;
  const where = and(
    eq(users.tenantId, tenantId),
    pattern
      ? or(ilike(users.username, pattern), ilike(users.displayName, pattern), ilike(users.mobile, pattern))
      : undefined,
  );
  return database.withTenant(tenantId, async (tx) => {
    const rows = await tx
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [total] = await tx.select({ total: count() }).from(users).where(where);
    return { items: rows.map(toPublicUser), total: total?.total ?? 0 };
  });
}
