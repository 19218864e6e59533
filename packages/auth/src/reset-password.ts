import type { Database } from '@cunshe/db';
import { users } from '@cunshe/db/schema';
import { eq } from 'drizzle-orm';
import { type AuthUser, type PublicUser, toPublicUser } from './auth-user';
import { endUserSessions } from './end-sessions';
import { loadManagedUser, managingCounty } from './managed-user';
import { type AuthOptions, resolveAuthOptions } from './options';
import { hashPassword } from './password-hashing';
import { generateInitialPassword } from './password-policy';
import { recordAudit } from './record-audit';

/**
 * A county admin resets a user's password: a new initial password (shown once), a forced change at next
 * login, and every session of the user ended, all in one audited transaction. Not for the admin's own
 * account (that is a password change).
 * @throws NotAllowedError without `users:manage`
 * @throws NotFoundError when the user is not in the admin's county
 */
export async function resetPassword(
  database: Database,
  input: { actor: AuthUser; requestId?: string | null | undefined; userId: string },
  options?: AuthOptions,
): Promise<{ user: PublicUser; initialPassword: string }> {
  const { actor } = input;
  const tenantId = managingCounty(actor);
  const { passwordHashing } = resolveAuthOptions(options);
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword, passwordHashing);
  const user = await database.withTenant(tenantId, async (tx) => {
    const before = await loadManagedUser(tx, actor, input.userId, { isSelfRefused: true });
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, updatedAt: new Date() })
      .where(eq(users.id, before.id))
      .returning();
    if (!row) throw new Error('resetPassword: the update returned no row');
    const endedSessions = await endUserSessions(tx, before.id);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'user.password-reset',
      entity: 'user',
      entityId: before.id,
      before: toPublicUser(before),
      after: { ...toPublicUser(row), endedSessions },
      requestId: input.requestId,
    });
    return toPublicUser(row);
  });
  return { user, initialPassword };
}
