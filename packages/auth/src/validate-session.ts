import type { Database } from '@cunshe/db';
import { type Session, sessions, tenants, users } from '@cunshe/db/schema';
import { eq } from 'drizzle-orm';
import { type AuthUser, toAuthUser } from './auth-user';
import { grantedPermissionsOf, hasGrantedPermissions } from './granted-permissions';
import { type AuthOptions, resolveAuthOptions } from './options';
import { isSessionTokenShape, sessionIdOf } from './session-token';

/** A valid session, its user, and whether its expiry was just extended (so the cookie must be sent again). */
export interface ValidatedSession {
  session: Session;
  user: AuthUser;
  isRefreshed: boolean;
}

/**
 * Checks the token of a cookie: the session must exist, be within its idle and absolute expiries, and its
 * user be enabled in an active county. Used past half its idle time, the session slides forward (never
 * past its absolute expiry). An expired session is deleted. Answers null for anything not valid.
 * Lookups run in the platform scope, since the county is not known before the session is.
 */
export async function validateSession(
  database: Database,
  token: string,
  options?: AuthOptions,
): Promise<ValidatedSession | null> {
  if (!isSessionTokenShape(token)) return null;
  const { session: policy, now: clock } = resolveAuthOptions(options);
  const now = clock();
  const id = sessionIdOf(token);
  const found = await database.withPlatform(async (tx) => {
    const [row] = await tx
      .select({ session: sessions, user: users, isTenantActive: tenants.isActive })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(tenants, eq(tenants.id, users.tenantId))
      .where(eq(sessions.id, id));
    if (!row) return null;
    const { session, user } = row;
    const isOver =
      now >= session.expiresAt ||
      now >= session.absoluteExpiresAt ||
      user.isDisabled ||
      (user.tenantId !== null && row.isTenantActive !== true);
    if (isOver) {
      await tx.delete(sessions).where(eq(sessions.id, id));
      return null;
    }
    let isRefreshed = false;
    if (session.expiresAt.getTime() - now.getTime() < policy.idleTimeoutMs / 2) {
      const extended = new Date(
        Math.min(now.getTime() + policy.idleTimeoutMs, session.absoluteExpiresAt.getTime()),
      );
      if (extended > session.expiresAt) {
        await tx.update(sessions).set({ expiresAt: extended }).where(eq(sessions.id, id));
        session.expiresAt = extended;
        isRefreshed = true;
      }
    }
    return { session, user, isRefreshed };
  });
  if (!found) return null;
  const { user } = found;
  const granted =
    user.tenantId !== null && hasGrantedPermissions(user.role)
      ? await database.withTenant(user.tenantId, (tx) => grantedPermissionsOf(tx, user.role))
      : [];
  return { session: found.session, user: toAuthUser(user, granted), isRefreshed: found.isRefreshed };
}
