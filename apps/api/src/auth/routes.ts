import {
  changePassword,
  endSession,
  endUserSessions,
  getAccount,
  listSessions,
  login,
  recordAudit,
  withUserScope,
} from '@cunshe/auth';
import { createRoute, z } from '@hono/zod-openapi';
import type { Services } from '../context';
import { createRouter } from '../openapi';
import { clientAddress } from './client-address';
import { currentUser } from './current-user';
import { requireUser } from './require-permission';
import { accountSchema, changePasswordBody, loginBody, problemResponses, sessionSchema } from './schemas';
import { clearSessionCookie, writeSessionCookie } from './session-cookie';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['auth'],
  summary: 'Log in by login name or mobile number; sets the session cookie',
  request: { body: { required: true, content: { 'application/json': { schema: loginBody } } } },
  responses: {
    200: json(accountSchema, 'Logged in; a new session cookie is set'),
    400: { description: 'Invalid body (problem+json naming the field)' },
    401: { description: 'Wrong username or password (the same answer for an unknown user)' },
    429: { description: 'Too many failed attempts; Retry-After says when to try again' },
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['auth'],
  summary: 'End this session and clear its cookie',
  responses: { 204: { description: 'Logged out (also when there was no session)' } },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/auth/me',
  tags: ['auth'],
  summary: 'The signed-in user: role, scope names, permissions, forced password change',
  middleware: [requireUser()] as const,
  responses: { 200: json(accountSchema, 'My account'), 401: problemResponses[401] },
});

const passwordRoute = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['auth'],
  summary: 'Change my password; ends every other session and starts a new one',
  middleware: [requireUser()] as const,
  request: { body: { required: true, content: { 'application/json': { schema: changePasswordBody } } } },
  responses: {
    200: json(accountSchema, 'Changed; a new session cookie is set'),
    400: { description: 'Wrong current password or a new one that fails the policy (problem+json)' },
    ...problemResponses,
    429: { description: 'Too many wrong current passwords' },
  },
});

const sessionsRoute = createRoute({
  method: 'get',
  path: '/api/auth/sessions',
  tags: ['auth'],
  summary: 'My sessions that are still alive',
  middleware: [requireUser()] as const,
  responses: { 200: json(z.object({ items: z.array(sessionSchema) }), 'My sessions'), ...problemResponses },
});

const endOthersRoute = createRoute({
  method: 'delete',
  path: '/api/auth/sessions/others',
  tags: ['auth'],
  summary: 'Sign out everywhere else',
  middleware: [requireUser()] as const,
  responses: {
    200: json(z.object({ ended: z.number().int() }), 'How many sessions ended'),
    ...problemResponses,
  },
});

/**
 * `/api/auth/*`: login, logout, my account, my password, my sessions. Login and password change start a
 * new session (the id never survives either); logout sends exactly one cookie, the clearing one.
 */
export function authRoutes({ database, auth }: Pick<Services, 'database' | 'auth'>) {
  return createRouter()
    .openapi(loginRoute, async (c) => {
      const body = c.req.valid('json');
      const previous = c.get('session');
      const result = await login(
        database,
        {
          username: body.username,
          password: body.password,
          ipAddress: clientAddress(c),
          userAgent: c.req.header('user-agent') ?? null,
          requestId: c.get('requestId'),
        },
        auth,
      );
      const previousUser = c.get('user');
      if (previous && previousUser) {
        await withUserScope(database, previousUser.tenantId, (tx) => endSession(tx, previous.id));
      }
      c.set('user', result.user);
      c.set('session', result.session);
      writeSessionCookie(c, result.token, result.session.expiresAt);
      c.header('cache-control', 'no-store');
      return c.json(await getAccount(database, result.user), 200);
    })
    .openapi(logoutRoute, async (c) => {
      const session = c.get('session');
      const user = c.get('user');
      if (session && user) {
        await withUserScope(database, user.tenantId, async (tx) => {
          await endSession(tx, session.id);
          if (user.tenantId) {
            await recordAudit(tx, {
              tenantId: user.tenantId,
              actor: user,
              action: 'auth.logout',
              entity: 'user',
              entityId: user.id,
              requestId: c.get('requestId'),
            });
          }
        });
      }
      c.set('session', null);
      c.set('user', null);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(meRoute, async (c) => {
      c.header('cache-control', 'no-store');
      return c.json(await getAccount(database, currentUser(c)), 200);
    })
    .openapi(passwordRoute, async (c) => {
      const user = currentUser(c);
      const body = c.req.valid('json');
      const created = await changePassword(
        database,
        {
          user,
          ...body,
          ipAddress: clientAddress(c),
          userAgent: c.req.header('user-agent') ?? null,
          requestId: c.get('requestId'),
        },
        auth,
      );
      const changed = { ...user, mustChangePassword: false };
      c.set('user', changed);
      c.set('session', created.session);
      writeSessionCookie(c, created.token, created.session.expiresAt);
      return c.json(await getAccount(database, changed), 200);
    })
    .openapi(sessionsRoute, async (c) => {
      const user = currentUser(c);
      const current = c.get('session');
      const items = await withUserScope(database, user.tenantId, (tx) =>
        listSessions(tx, { userId: user.id, currentSessionId: current?.id ?? '' }),
      );
      return c.json(
        {
          items: items.map((s) => ({
            ...s,
            createdAt: s.createdAt.toISOString(),
            expiresAt: s.expiresAt.toISOString(),
            absoluteExpiresAt: s.absoluteExpiresAt.toISOString(),
          })),
        },
        200,
      );
    })
    .openapi(endOthersRoute, async (c) => {
      const user = currentUser(c);
      const current = c.get('session');
      const ended = await withUserScope(database, user.tenantId, async (tx) => {
        const count = await endUserSessions(tx, user.id, { exceptSessionId: current?.id });
        if (user.tenantId) {
          await recordAudit(tx, {
            tenantId: user.tenantId,
            actor: user,
            action: 'auth.sessions-ended',
            entity: 'user',
            entityId: user.id,
            after: { ended: count },
            requestId: c.get('requestId'),
          });
        }
        return count;
      });
      return c.json({ ended }, 200);
    });
}
