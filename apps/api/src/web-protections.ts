import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context';
import { problem } from './problem';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a request's host is the local machine (no HTTPS, so no HSTS and no `__Host-` cookie there). */
export function isLocalHost(url: string): boolean {
  return LOCAL_HOSTS.has(new URL(url).hostname);
}

/**
 * Security headers with an explicit CSP (`object-src 'none'`, `base-uri 'none'`, `frame-ancestors 'none'`;
 * scripts only from our origin or with the per-response nonce), and HSTS of one year outside localhost.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", NONCE],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    strictTransportSecurity: false,
  });
  return async (c, next) => {
    await headers(c, next);
    if (!isLocalHost(c.req.url)) {
      c.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
  };
}

/**
 * Cross-site request forgery defence for every state-changing request: a browser's foreign `Origin`
 * (or `Sec-Fetch-Site: cross-site`) is refused whatever the content type, and bodies must be JSON, so a
 * form-encoded or text/plain "simple request" from another site cannot change anything.
 */
export function originAndContentTypeCheck(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!UNSAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    if ((origin && origin !== new URL(c.req.url).origin) || site === 'cross-site') {
      return problem(c, { title: 'Forbidden', status: 403, detail: 'Cross-origin request refused.' });
    }
    const hasBody = Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding');
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (hasBody && type !== 'application/json') {
      return problem(c, {
        title: 'Unsupported Media Type',
        status: 415,
        detail: 'Request bodies must be application/json.',
      });
    }
    return next();
  };
}
