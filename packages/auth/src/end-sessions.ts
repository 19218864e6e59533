import type { Tx } from '@cunshe/db';
import { sessions } from '@cunshe/db/schema';
import { and, eq, ne } from 'drizzle-orm';

/** Ends one session (logout). Runs in a transaction that sees it (the user's county or the platform scope). */
export async function endSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

/**
 * Ends every session of a user at once (disable, password reset, password change), or every one but
 * `exceptSessionId` ("sign out elsewhere"). Answers how many ended.
 */
export async function endUserSessions(
  tx: Tx,
  userId: string,
  options: { exceptSessionId?: string | undefined } = {},
): Promise<number> {
  const ended = await tx
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        options.exceptSessionId ? ne(sessions.id, options.exceptSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return ended.length;
}
