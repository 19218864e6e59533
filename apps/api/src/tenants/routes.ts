import { recordAudit } from '@cunshe/auth';
import { disableTenant, enableTenant, onboardCounty } from '@cunshe/divisions';
import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { AppEnv, Services } from '../context';
import { listDivisions } from '../divisions/list-divisions';
import { createRouter } from '../openapi';
import { listTenants } from './list-tenants';
import {
  divisionList,
  divisionQuery,
  onboardBody,
  onboardResult,
  tenantListQuery,
  tenantPage,
  tenantParams,
  tenantSchema,
} from './schemas';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  400: { description: 'Invalid input (problem+json naming the field)' },
  ...problemResponses,
  404: { description: 'No such tenant' },
} as const;
const onboard = requirePermission('tenants:onboard');

const listRoute = createRoute({
  method: 'get',
  path: '/api/tenants',
  tags: ['tenants'],
  summary: 'The onboarded counties (platform operator only)',
  middleware: [requirePermission('tenants:read')] as const,
  request: { query: tenantListQuery },
  responses: { 200: json(tenantPage, 'A page of tenants'), ...errors },
});

const onboardRoute = createRoute({
  method: 'post',
  path: '/api/tenants',
  tags: ['tenants'],
  summary: 'Onboard a county from its code (current or former), or bring it up to date; idempotent',
  middleware: [onboard] as const,
  request: { body: { required: true, content: { 'application/json': { schema: onboardBody } } } },
  responses: { 200: json(onboardResult, 'What the onboarding did'), ...errors },
});

const toggleRoute = (action: 'disable' | 'enable') =>
  createRoute({
    method: 'post',
    path: `/api/tenants/{code}/${action}`,
    tags: ['tenants'],
    summary:
      action === 'disable'
        ? 'Offboard a county: its users can no longer sign in; nothing is deleted'
        : 'Let a disabled county sign in again',
    middleware: [onboard] as const,
    request: { params: tenantParams },
    responses: {
      200: json(tenantSchema.pick({ code: true, name: true, isActive: true }), 'Done'),
      ...errors,
    },
  });

const divisionsRoute = createRoute({
  method: 'get',
  path: '/api/divisions',
  tags: ['tenants'],
  summary: 'National division codes for the onboarding picker (reference data)',
  middleware: [onboard] as const,
  request: { query: divisionQuery },
  responses: { 200: json(divisionList, 'Divisions'), ...errors },
});

/** `/api/tenants` and `/api/divisions`: the platform operator's onboarding and offboarding of counties. */
export function tenantsRoutes({ database }: Pick<Services, 'database'>) {
  const audit = (c: Context<AppEnv>, tenantId: string, action: string, after: unknown) =>
    database.withTenant(tenantId, (tx) =>
      recordAudit(tx, {
        tenantId,
        actor: currentUser(c),
        action,
        entity: 'tenant',
        entityId: tenantId,
        after,
        requestId: c.get('requestId'),
      }),
    );
  return createRouter()
    .openapi(listRoute, async (c) => {
      const query = c.req.valid('query');
      const page = await database.withPlatform((tx) => listTenants(tx, query));
      const items = page.items.map((t) => ({ ...t, createdAt: t.createdAt.toISOString() }));
      return c.json({ items, total: page.total, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(onboardRoute, async (c) => {
      const result = await onboardCounty(database, { code: c.req.valid('json').code });
      if (result.status !== 'unchanged') {
        await audit(c, result.tenantId, `tenant.onboard-${result.status}`, result);
      }
      const { isNew: _isNew, ...body } = result;
      return c.json(body, 200);
    })
    .openapi(toggleRoute('disable'), async (c) => {
      const result = await disableTenant(database, c.req.valid('param'));
      if (result.isChanged) await audit(c, result.tenantId, 'tenant.disabled', result);
      return c.json({ code: result.code, name: result.name, isActive: result.isActive }, 200);
    })
    .openapi(toggleRoute('enable'), async (c) => {
      const result = await enableTenant(database, c.req.valid('param'));
      if (result.isChanged) await audit(c, result.tenantId, 'tenant.enabled', result);
      return c.json({ code: result.code, name: result.name, isActive: result.isActive }, 200);
    })
    .openapi(divisionsRoute, async (c) => {
      const items = await database.withPlatform((tx) => listDivisions(tx, c.req.valid('query')));
      return c.json({ items }, 200);
    });
}
