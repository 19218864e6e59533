import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLocalHost } from '../web-protections';

/** The session cookie's name; outside localhost it carries the `__Host-` prefix (Secure, Path=/, no Domain). */
export const SESSION_COOKIE = 'cunshe_session';

function prefixOf(c: Context): 'host' | undefined {
  return isLocalHost(c.req.url) ? undefined : 'host';
}

/** The full cookie name for this request's host: `cunshe_session` on localhost, else `__Host-cunshe_session`. */
export function sessionCookieName(c: Context): string {
  return prefixOf(c) ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** The session token the browser sent, if any. */
export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE, prefixOf(c));
}

/**
 * Sends the session cookie: HttpOnly (no script reads it), SameSite=Lax, Path=/, expiring with the
 * session; Secure with the `__Host-` prefix outside localhost, where there is HTTPS.
 */
export function writeSessionCookie(c: Context, token: string, expiresAt: Date): void {
  const prefix = prefixOf(c);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    expires: expiresAt,
    ...(prefix ? { prefix, secure: true } : {}),
  });
}

/** Tells the browser to drop the session cookie. */
export function clearSessionCookie(c: Context): void {
  const prefix = prefixOf(c);
  setCookie(c, SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: 0,
    expires: new Date(0),
    ...(prefix ? { prefix, secure: true } : {}),
  });
}

/** Whether the response already sets the session cookie (a handler logged in, out, or changed the password). */
export function hasSessionCookieSet(c: Context): boolean {
  const name = `${sessionCookieName(c)}=`;
  return c.res.headers.getSetCookie().some((cookie) => cookie.startsWith(name));
}
