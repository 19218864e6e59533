import type { Tx } from '@cunshe/db';
import { type Session, sessions } from '@cunshe/db/schema';
import { defaultSessionPolicy, type SessionPolicy } from './options';
import { generateSessionToken, sessionIdOf } from './session-token';

/** Who the new session is for and where it comes from. */
export interface CreateSessionInput {
  userId: string;
  tenantId: string | null;
  userAgent?: string | null | undefined;
  ipAddress?: string | null | undefined;
  now?: Date | undefined;
  policy?: SessionPolicy | undefined;
}

/** A new session and its token; the token goes into the cookie and is never stored. */
export interface CreatedSession {
  token: string;
  session: Session;
}

/**
 * Starts a session: a fresh random token, its SHA-256 stored as the id, an idle expiry and an absolute one.
 * Runs in the caller's transaction, which must see the user's rows (the user's county or the platform scope).
 */
export async function createSession(tx: Tx, input: CreateSessionInput): Promise<CreatedSession> {
  const policy = input.policy ?? defaultSessionPolicy;
  const now = input.now ?? new Date();
  const token = generateSessionToken();
  const absoluteExpiresAt = new Date(now.getTime() + policy.maxLifetimeMs);
  const expiresAt = new Date(Math.min(now.getTime() + policy.idleTimeoutMs, absoluteExpiresAt.getTime()));
  const [session] = await tx
    .insert(sessions)
    .values({
      id: sessionIdOf(token),
      userId: input.userId,
      tenantId: input.tenantId,
      createdAt: now,
      expiresAt,
      absoluteExpiresAt,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
      ipAddress: input.ipAddress ?? null,
    })
    .returning();
  if (!session) throw new Error('createSession: the insert returned no row');
  return { token, session };
}
