import type { AuthUser } from '@cunshe/auth';
import { NotSignedInError } from '@cunshe/errors';
import type { Context } from 'hono';
import type { AppEnv } from '../context';

/**
 * The signed-in user of a request, for handlers behind `requireUser` or `requirePermission`.
 * @throws NotSignedInError when nobody is signed in
 */
export function currentUser(c: Context<AppEnv>): AuthUser {
  const user = c.get('user');
  if (!user) throw new NotSignedInError('Sign in first.');
  return user;
}
