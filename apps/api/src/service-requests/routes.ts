import { createRoute, type z } from '@hono/zod-openapi';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { Services } from '../context';
import { stationsOf } from '../forms/form-catalogue';
import { createRouter } from '../openapi';
import { scopeOfUser } from '../plugin-host/plugin-context';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { assignServiceRequests } from './assign-service-requests';
import { commentOnServiceRequest } from './comment-on-service-request';
import { getServiceRequest } from './get-service-request';
import { listAssignees } from './list-assignees';
import { listServiceRequests } from './list-service-requests';
import {
  assigneeList,
  assigneesQuery,
  assignmentBody,
  bulkAssignmentBody,
  bulkAssignmentResult,
  commentBody,
  serviceRequestDetailSchema,
  serviceRequestListQuery,
  serviceRequestPage,
  serviceRequestParams,
  stationList,
  transitionBody,
} from './schemas';
import { transitionServiceRequest } from './transition-service-request';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const errors = {
  400: {
    description: 'Invalid input, or a move the workflow does not allow (problem+json naming the field)',
  },
  ...problemResponses,
  404: { description: 'No such service request or village in your scope' },
  409: { description: 'The request changed after you loaded it: reload it (nothing was overwritten)' },
} as const;
const read = requirePermission('service-requests:read');
const handle = requirePermission('service-requests:handle');

const listRoute = createRoute({
  method: 'get',
  path: '/api/service-requests',
  tags: ['service-requests'],
  summary:
    'Service requests of your scope: filter by status, station, assignee, form, village, dates, overdue; search by villager name or phone; counts per status',
  middleware: [read] as const,
  request: { query: serviceRequestListQuery },
  responses: { 200: json(serviceRequestPage, 'A page of requests, newest first'), ...errors },
});
const assigneesRoute = createRoute({
  method: 'get',
  path: '/api/service-requests/assignees',
  tags: ['service-requests'],
  summary: "Who can be given a village's requests",
  middleware: [read] as const,
  request: { query: assigneesQuery },
  responses: { 200: json(assigneeList, 'Staff of the village and the county admins'), ...errors },
});
const stationsRoute = createRoute({
  method: 'get',
  path: '/api/service-requests/stations',
  tags: ['service-requests'],
  summary: 'The stations (and associations) of the loaded plugins, for assignment and filters',
  middleware: [read] as const,
  responses: { 200: json(stationList, 'Stations'), ...errors },
});
const bulkAssignRoute = createRoute({
  method: 'post',
  path: '/api/service-requests/assignments',
  tags: ['service-requests'],
  summary: 'Assign many open requests to one staff member (and station) at once, all or nothing',
  middleware: [handle] as const,
  request: { body: body(bulkAssignmentBody) },
  responses: { 200: json(bulkAssignmentResult, 'The new versions'), ...errors },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/service-requests/{id}',
  tags: ['service-requests'],
  summary: 'One request: its answers, its form version, its timeline and the moves it allows',
  middleware: [read] as const,
  request: { params: serviceRequestParams },
  responses: { 200: json(serviceRequestDetailSchema, 'The request'), ...errors },
});
const transitionRoute = createRoute({
  method: 'post',
  path: '/api/service-requests/{id}/transitions',
  tags: ['service-requests'],
  summary: 'Move a request along its workflow (send the version you loaded; a stale one answers 409)',
  middleware: [handle] as const,
  request: { params: serviceRequestParams, body: body(transitionBody) },
  responses: { 200: json(serviceRequestDetailSchema, 'The request after the move'), ...errors },
});
const assignRoute = createRoute({
  method: 'post',
  path: '/api/service-requests/{id}/assignment',
  tags: ['service-requests'],
  summary: 'Assign a request to a staff member and a station (send the version you loaded)',
  middleware: [handle] as const,
  request: { params: serviceRequestParams, body: body(assignmentBody) },
  responses: { 200: json(serviceRequestDetailSchema, 'The request after the assignment'), ...errors },
});
const commentRoute = createRoute({
  method: 'post',
  path: '/api/service-requests/{id}/comments',
  tags: ['service-requests'],
  summary: "Add a comment to a request's timeline",
  middleware: [handle] as const,
  request: { params: serviceRequestParams, body: body(commentBody) },
  responses: { 201: json(serviceRequestDetailSchema, 'The request with the comment'), ...errors },
});

/** `/api/service-requests`: the work of the stations, from submitted to resolved or rejected. */
export function serviceRequestsRoutes({
  database,
  logger,
  registry,
}: Pick<Services, 'database' | 'logger'> & { registry: PluginRegistry }) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const query = c.req.valid('query');
      const result = await database.withTenant(scope.tenantId, (tx) =>
        listServiceRequests(tx, { scope, user, registry, query }),
      );
      return c.json({ ...result, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(assigneesRoute, async (c) => {
      const scope = scopeOfUser(currentUser(c));
      const items = await database.withTenant(scope.tenantId, (tx) =>
        listAssignees(tx, { scope, villageId: c.req.valid('query').villageId }),
      );
      return c.json({ items }, 200);
    })
    .openapi(stationsRoute, (c) => c.json({ items: stationsOf(registry) }, 200))
    .openapi(bulkAssignRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const { ids, assigneeId, station } = c.req.valid('json');
      const items = await database.withTenant(scope.tenantId, (tx) =>
        assignServiceRequests(tx, {
          registry,
          scope,
          user,
          requests: [...new Set(ids)].map((id) => ({ id })),
          assigneeId,
          station,
          requestId: c.get('requestId'),
        }),
      );
      return c.json({ items }, 200);
    })
    .openapi(getRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const detail = await database.withTenant(scope.tenantId, (tx) =>
        getServiceRequest(tx, { scope, user, registry, id: c.req.valid('param').id }),
      );
      return c.json(detail, 200);
    })
    .openapi(transitionRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const { id } = c.req.valid('param');
      const { to, note, version } = c.req.valid('json');
      const detail = await database.withTenant(scope.tenantId, async (tx) => {
        await transitionServiceRequest(tx, {
          registry,
          scope,
          user,
          id,
          to,
          note,
          version,
          requestId: c.get('requestId'),
          logger,
        });
        return getServiceRequest(tx, { scope, user, registry, id });
      });
      return c.json(detail, 200);
    })
    .openapi(assignRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const { id } = c.req.valid('param');
      const { assigneeId, station, version } = c.req.valid('json');
      const detail = await database.withTenant(scope.tenantId, async (tx) => {
        await assignServiceRequests(tx, {
          registry,
          scope,
          user,
          requests: [{ id, version }],
          assigneeId,
          station,
          requestId: c.get('requestId'),
        });
        return getServiceRequest(tx, { scope, user, registry, id });
      });
      return c.json(detail, 200);
    })
    .openapi(commentRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOfUser(user);
      const { id } = c.req.valid('param');
      const detail = await database.withTenant(scope.tenantId, async (tx) => {
        await commentOnServiceRequest(tx, { scope, user, id, text: c.req.valid('json').text });
        return getServiceRequest(tx, { scope, user, registry, id });
      });
      return c.json(detail, 201);
    });
}
