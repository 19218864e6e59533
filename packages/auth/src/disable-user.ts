import type { Database } from '@cunshe/db';
import { users } from '@cunshe/db/schema';
import { eq } from 'drizzle-orm';
import { type AuthUser, type PublicUser, toPublicUser } from './auth-user';
import { endUserSessions } from './end-sessions';
import { loadManagedUser, managingCounty } from './managed-user';
import { recordAudit } from './record-audit';

/**
 * A county admin disables a user, or enables them again. Disabling ends every session of the user in the
 * same transaction, so the user is out at once. An admin cannot disable their own account.
 * @throws NotAllowedError without `users:manage`
 * @throws NotFoundError when the user is not in the admin's county
 * @throws InputError for the admin's own account
 */
export async function setUserDisabled(
  database: Database,
  input: { actor: AuthUser; requestId?: string | null | undefined; userId: string; isDisabled: boolean },
): Promise<PublicUser> {
  const { actor } = input;
  const tenantId = managingCounty(actor);
  return database.withTenant(tenantId, async (tx) => {
    const user = await loadManagedUser(tx, actor, input.userId, { isSelfRefused: true });
    const [row] = await tx
      .update(users)
      .set({ isDisabled: input.isDisabled, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning();
    if (!row) throw new Error('setUserDisabled: the update returned no row');
    const endedSessions = input.isDisabled ? await endUserSessions(tx, user.id) : 0;
    await recordAudit(tx, {
      tenantId,
      actor,
      action: input.isDisabled ? 'user.disabled' : 'user.enabled',
      entity: 'user',
      entityId: user.id,
      before: toPublicUser(user),
      after: { ...toPublicUser(row), ...(input.isDisabled ? { endedSessions } : {}) },
      requestId: input.requestId,
    });
    return toPublicUser(row);
  });
}
