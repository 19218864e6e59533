import { createRoute } from '@hono/zod-openapi';
import { currentUser } from '../../auth/current-user';
import type { Services } from '../../context';
import { createRouter } from '../../openapi';
import { inCounty } from '../database-errors';
import { partyScopeOf } from '../party-scope';
import { body, errors, json, manageParty, readParty } from '../route-kit';
import { createPartyOrganization } from './create-party-organization';
import { getPartyOrganization } from './get-party-organization';
import { listPartyOrganizations } from './list-party-organizations';
import {
  idParams,
  organizationCreateBody,
  organizationListQuery,
  organizationPage,
  organizationPatchBody,
  organizationSchema,
} from './schemas';
import { updatePartyOrganization } from './update-party-organization';

const tags = ['party'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/party/organizations',
  tags,
  summary: 'Party organizations of your scope: branches, party groups and association branches',
  middleware: [readParty] as const,
  request: { query: organizationListQuery },
  responses: { 200: json(organizationPage, 'A page of organizations by village, kind and name'), ...errors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/party/organizations/{id}',
  tags,
  summary: 'One party organization with its secretary and member count',
  middleware: [readParty] as const,
  request: { params: idParams },
  responses: { 200: json(organizationSchema, 'The organization'), ...errors },
});

const createOrganizationRoute = createRoute({
  method: 'post',
  path: '/api/party/organizations',
  tags,
  summary: 'Create a branch, general branch, party group or association branch in a village (audited)',
  middleware: [manageParty] as const,
  request: { body: body(organizationCreateBody) },
  responses: { 201: json(organizationSchema, 'The new organization'), ...errors },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/party/organizations/{id}',
  tags,
  summary: 'Rename an organization, or set its secretary or founding date (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(organizationPatchBody) },
  responses: { 200: json(organizationSchema, 'The organization after the change'), ...errors },
});

/** `/api/party/organizations`: the village party organizations. */
export function organizationRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const query = c.req.valid('query');
      const page = await inCounty(database, scope.tenantId, (tx) => listPartyOrganizations(tx, scope, query));
      return c.json({ ...page, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(getRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { id } = c.req.valid('param');
      return c.json(
        await inCounty(database, scope.tenantId, (tx) => getPartyOrganization(tx, scope, id)),
        200,
      );
    })
    .openapi(createOrganizationRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const organization = await inCounty(database, scope.tenantId, (tx) =>
        createPartyOrganization(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          organization: c.req.valid('json'),
        }),
      );
      return c.json(organization, 201);
    })
    .openapi(patchRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const organization = await inCounty(database, scope.tenantId, (tx) =>
        updatePartyOrganization(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          id: c.req.valid('param').id,
          changes: c.req.valid('json'),
        }),
      );
      return c.json(organization, 200);
    });
}
