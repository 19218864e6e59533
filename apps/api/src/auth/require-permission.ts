import { can, type Permission } from '@cunshe/auth';
import { NotAllowedError, NotSignedInError } from '@cunshe/errors';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';

/** Refuses a request with nobody signed in (401). */
export function requireUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('user')) throw new NotSignedInError('Sign in first.');
    await next();
  };
}

/**
 * Refuses a request whose user's role does not hold `permission` (401 when nobody is signed in, else 403).
 * It checks the role only; the handler checks the resource's geography with `can(user, permission,
 * resource)` once it has loaded it.
 * @example
 * createRoute({ method: 'patch', path: '/api/villages/{id}', middleware: [requirePermission('villages:update')], ... })
 */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw new NotSignedInError('Sign in first.');
    if (!can(user, permission)) throw new NotAllowedError(`You do not have the permission ${permission}.`);
    await next();
  };
}
