import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address as the socket sees it, or null (e.g. under `app.request()` in tests).
 * `X-Forwarded-For` is not trusted: anyone can send it, and the login throttle per address must not be
 * dodged by inventing one. Behind a reverse proxy, configure trusted proxies first (not done yet).
 */
export function clientAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}
