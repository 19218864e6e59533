import { listRoleGrants, setRoleGrants } from '@cunshe/auth';
import { createRoute } from '@hono/zod-openapi';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { Services } from '../context';
import { createRouter } from '../openapi';
import { roleGrantsSchema } from './schemas';

const manage = requirePermission('users:manage');

const getRoute = createRoute({
  method: 'get',
  path: '/api/role-permissions',
  tags: ['users'],
  summary: 'Plugin permissions the county granted to each role',
  middleware: [manage] as const,
  responses: {
    200: { description: 'The grants', content: { 'application/json': { schema: roleGrantsSchema } } },
    ...problemResponses,
  },
});

const putRoute = createRoute({
  method: 'put',
  path: '/api/role-permissions',
  tags: ['users'],
  summary: "Replace the county's grants of plugin permissions (roles left out keep none)",
  middleware: [manage] as const,
  request: { body: { required: true, content: { 'application/json': { schema: roleGrantsSchema } } } },
  responses: {
    200: { description: 'The grants now', content: { 'application/json': { schema: roleGrantsSchema } } },
    400: { description: 'A core permission, a malformed name, or a write for viewers (problem+json)' },
    ...problemResponses,
  },
});

/** `/api/role-permissions`: a county admin grants plugin permissions (`<plugin-id>:<action>`) to roles. */
export function rolePermissionsRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(getRoute, async (c) =>
      c.json({ items: await listRoleGrants(database, { actor: currentUser(c) }) }, 200),
    )
    .openapi(putRoute, async (c) => {
      const items = await setRoleGrants(database, {
        actor: currentUser(c),
        requestId: c.get('requestId'),
        grants: c.req.valid('json').items,
      });
      return c.json({ items }, 200);
    });
}
