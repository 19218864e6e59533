import type { Database } from '@cunshe/db';
import { type Session, sessions, type UserRole } from '@cunshe/db/schema';
import { eq } from 'drizzle-orm';
import type { AuthUser } from './auth-user';
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
 * The session with what a request needs of its user and county, in one statement (never the password
 * hash). Aliases are the field names of {@link SessionRow}.
 */
const SESSION_LOOKUP = `
  select s.id, s.user_id as "userId", s.tenant_id as "tenantId", s.created_at as "createdAt",
    s.expires_at as "expiresAt", s.absolute_expires_at as "absoluteExpiresAt", s.user_agent as "userAgent",
    s.ip_address as "ipAddress", u.tenant_id as "userTenantId", u.username, u.display_name as "displayName",
    u.mobile, u.role, u.township_id as "townshipId", u.village_id as "villageId",
    u.must_change_password as "mustChangePassword", u.is_disabled as "isDisabled",
    t.is_active as "isTenantActive"
  from sessions s
    join users u on u.id = s.user_id
    left join tenants t on t.id = u.tenant_id
  where s.id = $1`;

/**
 * A row of {@link SESSION_LOOKUP}. Times arrive as `Date` from PGlite and as text from postgres.js (drizzle
 * turns postgres.js's timestamp parsing off for its own mapping).
 */
interface SessionRow extends Omit<Session, 'createdAt' | 'expiresAt' | 'absoluteExpiresAt'> {
  createdAt: Date | string;
  expiresAt: Date | string;
  absoluteExpiresAt: Date | string;
  userTenantId: string | null;
  username: string;
  displayName: string;
  mobile: string | null;
  role: UserRole;
  townshipId: string | null;
  villageId: string | null;
  mustChangePassword: boolean;
  isDisabled: boolean;
  isTenantActive: boolean | null;
}

/** The session and the user (without granted permissions yet) of a {@link SessionRow}. */
function rowParts(row: SessionRow): Session & { user: Omit<AuthUser, 'grantedPermissions'> } {
  return {
    id: row.id,
    userId: row.userId,
    tenantId: row.tenantId,
    createdAt: new Date(row.createdAt),
    expiresAt: new Date(row.expiresAt),
    absoluteExpiresAt: new Date(row.absoluteExpiresAt),
    userAgent: row.userAgent,
    ipAddress: row.ipAddress,
    user: {
      id: row.userId,
      tenantId: row.userTenantId,
      username: row.username,
      displayName: row.displayName,
      mobile: row.mobile,
      role: row.role,
      townshipId: row.townshipId,
      villageId: row.villageId,
      mustChangePassword: row.mustChangePassword,
    },
  };
}

/**
 * Checks the token of a cookie: the session must exist, be within its idle and absolute expiries, and its
 * user be enabled in an active county. Used past half its idle time, the session slides forward (never
 * past its absolute expiry). An expired session is deleted. Answers null for anything not valid.
 * The lookup runs in the platform scope, since the county is not known before the session is, as one
 * read-only statement (one round trip on PostgreSQL); the rare writes (sliding, deleting) follow it in
 * their own transaction.
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
  const [row] = await database.readAsPlatform<SessionRow>(SESSION_LOOKUP, [id]);
  if (!row) return null;
  const { user, ...session } = rowParts(row);
  const isOver =
    now >= session.expiresAt ||
    now >= session.absoluteExpiresAt ||
    row.isDisabled ||
    (user.tenantId !== null && row.isTenantActive !== true);
  if (isOver) {
    await database.withPlatform((tx) => tx.delete(sessions).where(eq(sessions.id, id)));
    return null;
  }
  let isRefreshed = false;
  if (session.expiresAt.getTime() - now.getTime() < policy.idleTimeoutMs / 2) {
    const extended = new Date(
      Math.min(now.getTime() + policy.idleTimeoutMs, session.absoluteExpiresAt.getTime()),
    );
    if (extended > session.expiresAt) {
      await database.withPlatform((tx) =>
        tx.update(sessions).set({ expiresAt: extended }).where(eq(sessions.id, id)),
      );
      session.expiresAt = extended;
      isRefreshed = true;
    }
  }
  const granted =
    user.tenantId !== null && hasGrantedPermissions(user.role)
      ? await database.withTenant(user.tenantId, (tx) => grantedPermissionsOf(tx, user.role))
      : [];
  return { session, user: { ...user, grantedPermissions: granted }, isRefreshed };
}
