import type { Tx } from '@cunshe/db';
import { sessions } from '@cunshe/db/schema';
import { and, desc, eq, gt } from 'drizzle-orm';

/** A session as its owner sees it in "my sessions": no id, which is the token's hash. */
export interface SessionSummary {
  isCurrent: boolean;
  createdAt: Date;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
}

/** The user's sessions that are still alive, newest first, marking the one of this request. */
export async function listSessions(
  tx: Tx,
  input: { userId: string; currentSessionId: string; now?: Date | undefined },
): Promise<SessionSummary[]> {
  const now = input.now ?? new Date();
  const rows = await tx
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, input.userId),
        gt(sessions.expiresAt, now),
        gt(sessions.absoluteExpiresAt, now),
      ),
    )
    .orderBy(desc(sessions.createdAt));
  return rows.map((row) => ({
    isCurrent: row.id === input.currentSessionId,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    absoluteExpiresAt: row.absoluteExpiresAt,
    userAgent: row.userAgent,
    ipAddress: row.ipAddress,
  }));
}
