import type { Tx } from '@cunshe/db';
import type { User } from '@cunshe/db/schema';
import { InputError, NotAllowedError, NotFoundError } from '@cunshe/errors';
import type { AuthUser } from './auth-user';
import { assertCan } from './can';
import { findUser } from './user-record';

/**
 * The county of an admin who manages users.
 * @throws NotAllowedError without `users:manage`
 */
export function managingCounty(actor: AuthUser): string {
  assertCan(actor, 'users:manage');
  if (actor.tenantId === null) throw new NotAllowedError('The platform operator manages no county users.');
  return actor.tenantId;
}

/**
 * Loads a user the admin manages, in the admin's county (RLS hides every other county's users).
 * @throws NotFoundError when there is no such user in the county
 * @throws InputError when `isSelfRefused` and the user is the admin (use "my account" instead)
 */
export async function loadManagedUser(
  tx: Tx,
  actor: AuthUser,
  userId: string,
  options: { isSelfRefused?: boolean } = {},
): Promise<User> {
  const user = await findUser(tx, userId);
  if (!user) throw new NotFoundError('No such user in this county.');
  if (options.isSelfRefused && user.id === actor.id) {
    throw new InputError('You cannot do this to your own account.');
  }
  return user;
}
