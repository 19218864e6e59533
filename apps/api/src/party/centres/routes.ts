import { createRoute } from '@hono/zod-openapi';
import { currentUser } from '../../auth/current-user';
import type { Services } from '../../context';
import { createRouter } from '../../openapi';
import { inCounty } from '../database-errors';
import { idParams } from '../organizations/schemas';
import { partyScopeOf } from '../party-scope';
import { body, errors, json, manageParty, readParty } from '../route-kit';
import { createPartyCentre } from './create-party-centre';
import { deletePartyCentre } from './delete-party-centre';
import { getPartyCentre } from './get-party-centre';
import { listPartyCentres } from './list-party-centres';
import {
  centreCreateBody,
  centreDeleteQuery,
  centreListQuery,
  centrePage,
  centrePatchBody,
  centreSchema,
} from './schemas';
import { updatePartyCentre } from './update-party-centre';

const tags = ['party'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/party/centres',
  tags,
  summary:
    'The three centres (activity, service, education and training) of the villages and townships of your scope',
  middleware: [readParty] as const,
  request: { query: centreListQuery },
  responses: { 200: json(centrePage, 'A page of centres by township, village and kind'), ...errors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/party/centres/{id}',
  tags,
  summary: 'One centre with its services and its linked activities counted',
  middleware: [readParty] as const,
  request: { params: idParams },
  responses: { 200: json(centreSchema, 'The centre'), ...errors },
});

const createCentreRoute = createRoute({
  method: 'post',
  path: '/api/party/centres',
  tags,
  summary: 'Create a centre of a village or a township (audited)',
  middleware: [manageParty] as const,
  request: { body: body(centreCreateBody) },
  responses: { 201: json(centreSchema, 'The new centre'), ...errors },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/party/centres/{id}',
  tags,
  summary: 'Change a centre, given the version you loaded (audited; 409 when it changed since)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(centrePatchBody) },
  responses: { 200: json(centreSchema, 'The centre after the change'), ...errors },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/party/centres/{id}',
  tags,
  summary: 'Delete a centre, given the version you saw; its activities stay, unlinked (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, query: centreDeleteQuery },
  responses: { 204: { description: 'Deleted' }, ...errors },
});

/** `/api/party/centres`: the three party-member centres (三大中心) of villages and townships. */
export function centreRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const query = c.req.valid('query');
      const page = await inCounty(database, scope.tenantId, (tx) => listPartyCentres(tx, scope, query));
      return c.json({ ...page, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(getRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { id } = c.req.valid('param');
      return c.json(await inCounty(database, scope.tenantId, (tx) => getPartyCentre(tx, scope, id)), 200);
    })
    .openapi(createCentreRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const centre = await inCounty(database, scope.tenantId, (tx) =>
        createPartyCentre(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          centre: c.req.valid('json'),
        }),
      );
      return c.json(centre, 201);
    })
    .openapi(patchRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const { version, ...changes } = c.req.valid('json');
      const centre = await inCounty(database, scope.tenantId, (tx) =>
        updatePartyCentre(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          id: c.req.valid('param').id,
          version,
          changes,
        }),
      );
      return c.json(centre, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      await inCounty(database, scope.tenantId, (tx) =>
        deletePartyCentre(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          id: c.req.valid('param').id,
          version: c.req.valid('query').version,
        }),
      );
      return c.body(null, 204);
    });
}
