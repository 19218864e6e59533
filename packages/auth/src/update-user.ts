import type { Database } from '@cunshe/db';
import { type UserRole, users } from '@cunshe/db/schema';
import { InputError } from '@cunshe/errors';
import { eq } from 'drizzle-orm';
import { type AuthUser, type PublicUser, toPublicUser } from './auth-user';
import { loadManagedUser, managingCounty } from './managed-user';
import { recordAudit } from './record-audit';
import { checkIdentity, resolveScope, writingUser } from './user-record';

/**
 * Changes to a user. When `role` is given, the scope is taken wholly from this input (a missing township
 * or village means none); when only `townshipId`/`villageId` are given, the role stays.
 */
export interface UserChanges {
  displayName?: string | undefined;
  mobile?: string | null | undefined;
  role?: UserRole | undefined;
  townshipId?: string | null | undefined;
  villageId?: string | null | undefined;
}

/**
 * A county admin changes a user's display name, mobile number, role or scope. A role or scope change takes
 * effect on the user's next request (sessions load the user afresh) and is audited as `user.role-changed`;
 * other changes as `user.updated`. An admin cannot change their own role or scope.
 * @throws NotAllowedError without `users:manage`
 * @throws NotFoundError when the user is not in the admin's county
 * @throws InputError naming a bad field
 */
export async function updateUser(
  database: Database,
  input: { actor: AuthUser; requestId?: string | null | undefined; userId: string; changes: UserChanges },
): Promise<PublicUser> {
  const { actor, changes } = input;
  const tenantId = managingCounty(actor);
  const isScopeChange =
    changes.role !== undefined || changes.townshipId !== undefined || changes.villageId !== undefined;
  return writingUser(() =>
    database.withTenant(tenantId, async (tx) => {
      const user = await loadManagedUser(tx, actor, input.userId);
      if (isScopeChange && user.id === actor.id) {
        throw new InputError('You cannot change your own role or scope.', [
          { path: 'role', message: 'You cannot change your own role or scope.' },
        ]);
      }
      const scope = isScopeChange
        ? await resolveScope(
            tx,
            tenantId,
            changes.role !== undefined
              ? { role: changes.role, townshipId: changes.townshipId, villageId: changes.villageId }
              : {
                  role: user.role,
                  townshipId: changes.townshipId !== undefined ? changes.townshipId : user.townshipId,
                  villageId: changes.villageId !== undefined ? changes.villageId : user.villageId,
                },
          )
        : undefined;
      const mobile =
        changes.mobile !== undefined
          ? checkIdentity({ username: user.username, mobile: changes.mobile }).mobile
          : undefined;
      const displayName = changes.displayName?.normalize('NFC').trim();
      if (displayName === '')
        throw new InputError('A display name is required.', [{ path: 'displayName', message: 'Required' }]);
      const [row] = await tx
        .update(users)
        .set({
          ...(displayName !== undefined ? { displayName } : {}),
          ...(mobile !== undefined ? { mobile } : {}),
          ...(changes.role !== undefined ? { role: changes.role } : {}),
          ...(scope ?? {}),
          updatedAt: new Date(),
        })
        .where(eq(users.id, user.id))
        .returning();
      if (!row) throw new Error('updateUser: the update returned no row');
      const before = toPublicUser(user);
      const after = toPublicUser(row);
      const isRoleChanged =
        before.role !== after.role ||
        before.townshipId !== after.townshipId ||
        before.villageId !== after.villageId;
      await recordAudit(tx, {
        tenantId,
        actor,
        action: isRoleChanged ? 'user.role-changed' : 'user.updated',
        entity: 'user',
        entityId: user.id,
        before,
        after,
        requestId: input.requestId,
      });
      return after;
    }),
  );
}
