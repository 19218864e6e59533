import { inviteUser, listUsers, resetPassword, setUserDisabled, updateUser } from '@cunshe/auth';
import { createRoute, type z } from '@hono/zod-openapi';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { Services } from '../context';
import { createRouter } from '../openapi';
import {
  inviteBody,
  listQuery,
  updateBody,
  userJson,
  userPage,
  userParams,
  userSchema,
  withInitialPassword,
} from './schemas';

const manage = requirePermission('users:manage');
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  400: { description: 'Invalid input (problem+json naming the field)' },
  ...problemResponses,
  404: { description: 'No such user in this county' },
} as const;

const listRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['users'],
  summary: "The county's users, searchable by login name, display name or mobile",
  middleware: [manage] as const,
  request: { query: listQuery },
  responses: { 200: json(userPage, 'A page of users'), ...errors },
});

const inviteRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['users'],
  summary: 'Invite a user; answers the initial password once, to be changed at first login',
  middleware: [manage] as const,
  request: { body: { required: true, content: { 'application/json': { schema: inviteBody } } } },
  responses: {
    201: json(withInitialPassword, 'Invited'),
    ...errors,
    409: { description: 'The login name or mobile number is taken' },
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['users'],
  summary: "Change a user's display name, mobile, role or scope",
  middleware: [manage] as const,
  request: {
    params: userParams,
    body: { required: true, content: { 'application/json': { schema: updateBody } } },
  },
  responses: {
    200: json(userSchema, 'Changed'),
    ...errors,
    409: { description: 'The mobile number is taken' },
  },
});

const disableRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/disable',
  tags: ['users'],
  summary: 'Disable a user; every session of theirs ends at once',
  middleware: [manage] as const,
  request: { params: userParams },
  responses: { 200: json(userSchema, 'Disabled'), ...errors },
});

const enableRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/enable',
  tags: ['users'],
  summary: 'Enable a disabled user again',
  middleware: [manage] as const,
  request: { params: userParams },
  responses: { 200: json(userSchema, 'Enabled'), ...errors },
});

const resetRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/reset-password',
  tags: ['users'],
  summary: "Reset a user's password: a new initial password shown once, sessions ended",
  middleware: [manage] as const,
  request: { params: userParams },
  responses: { 200: json(withInitialPassword, 'Reset'), ...errors },
});

/** `/api/users`: a county admin's user management (`users:manage`); every write is audited. */
export function usersRoutes({ database, auth }: Pick<Services, 'database' | 'auth'>) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const query = c.req.valid('query');
      const { items, total } = await listUsers(database, { actor: currentUser(c), query });
      return c.json({ items: items.map(userJson), total, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(inviteRoute, async (c) => {
      const invited = await inviteUser(
        database,
        { actor: currentUser(c), requestId: c.get('requestId'), user: c.req.valid('json') },
        auth,
      );
      c.header('cache-control', 'no-store');
      return c.json({ user: userJson(invited.user), initialPassword: invited.initialPassword }, 201);
    })
    .openapi(updateRoute, async (c) => {
      const user = await updateUser(database, {
        actor: currentUser(c),
        requestId: c.get('requestId'),
        userId: c.req.valid('param').id,
        changes: c.req.valid('json'),
      });
      return c.json(userJson(user), 200);
    })
    .openapi(disableRoute, async (c) => {
      const user = await setUserDisabled(database, {
        actor: currentUser(c),
        requestId: c.get('requestId'),
        userId: c.req.valid('param').id,
        isDisabled: true,
      });
      return c.json(userJson(user), 200);
    })
    .openapi(enableRoute, async (c) => {
      const user = await setUserDisabled(database, {
        actor: currentUser(c),
        requestId: c.get('requestId'),
        userId: c.req.valid('param').id,
        isDisabled: false,
      });
      return c.json(userJson(user), 200);
    })
    .openapi(resetRoute, async (c) => {
      const reset = await resetPassword(
        database,
        { actor: currentUser(c), requestId: c.get('requestId'), userId: c.req.valid('param').id },
        auth,
      );
      c.header('cache-control', 'no-store');
      return c.json({ user: userJson(reset.user), initialPassword: reset.initialPassword }, 200);
    });
}
