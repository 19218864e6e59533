import { validateSession } from '@cunshe/auth';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Services } from '../context';
import { problem } from '../problem';
import {
  clearSessionCookie,
  hasSessionCookieSet,
  readSessionCookie,
  writeSessionCookie,
} from './session-cookie';

/** What a user who must still change the initial password may reach; everything else answers 403. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/auth/me',
  'POST /api/auth/password',
  'POST /api/auth/logout',
  'POST /api/auth/login',
  'GET /api/health',
]);

/** The problem type of the 403 answered until an initial password is changed; the admin shows its form. */
export const PASSWORD_CHANGE_REQUIRED = 'urn:cunshe:problem:password-change-required';

/**
 * Validates the session cookie of every `/api` request and sets `c.var.user` and `c.var.session` (null when
 * there is no valid session; it refuses nothing itself, `requireUser`/`requirePermission` do). A user who
 * must change an initial password gets a 403 problem of type {@link PASSWORD_CHANGE_REQUIRED} on every
 * route but the few that let them do so. After the handler: a session that slid forward gets its cookie
 * again, and a stale cookie is cleared, unless the handler already set the cookie (login, logout, password).
 */
export function sessionMiddleware({
  database,
  auth,
}: Pick<Services, 'database' | 'auth'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('session', null);
    const token = readSessionCookie(c);
    const validated = token ? await validateSession(database, token, auth) : null;
    if (validated) {
      c.set('user', validated.user);
      c.set('session', validated.session);
      if (
        validated.user.mustChangePassword &&
        !ALLOWED_BEFORE_PASSWORD_CHANGE.has(`${c.req.method} ${c.req.path}`)
      ) {
        return problem(c, {
          type: PASSWORD_CHANGE_REQUIRED,
          title: 'Password change required',
          status: 403,
          detail: 'Change the initial password (POST /api/auth/password) before doing anything else.',
        });
      }
    }
    await next();
    if (hasSessionCookieSet(c)) return;
    if (token && !validated) clearSessionCookie(c);
    else if (token && validated?.isRefreshed && c.get('session')?.id === validated.session.id) {
      writeSessionCookie(c, token, validated.session.expiresAt);
    }
  };
}
