import { createRoute } from '@hono/zod-openapi';
import { currentUser } from '../../auth/current-user';
import type { Services } from '../../context';
import { createRouter } from '../../openapi';
import { inCounty } from '../database-errors';
import { idParams } from '../organizations/schemas';
import { partyScopeOf } from '../party-scope';
import { body, errors, json, manageParty, readParty } from '../route-kit';
import { cadreRatios } from './cadre-ratios';
import { createVillageCommittee } from './create-village-committee';
import { listVillageCommittees } from './list-village-committees';
import { addCadre, updateCadre } from './save-cadre';
import {
  cadreCreateBody,
  cadrePatchBody,
  cadreRatiosSchema,
  cadreRowSchema,
  committeeCreateBody,
  committeeSchema,
  committeesQuery,
  villageCommitteesSchema,
} from './schemas';

const tags = ['party'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/party/committees',
  tags,
  summary: "A village's two committees (村“两委”) and cadres, with 一肩挑 and cross-appointments computed",
  middleware: [readParty] as const,
  request: { query: committeesQuery },
  responses: { 200: json(villageCommitteesSchema, 'The committees, newest term first'), ...errors },
});

const createCommitteeRoute = createRoute({
  method: 'post',
  path: '/api/party/committees',
  tags,
  summary: "Open a committee's term in a village (audited)",
  middleware: [manageParty] as const,
  request: { body: body(committeeCreateBody) },
  responses: { 201: json(committeeSchema, 'The committee'), ...errors },
});

const addCadreRoute = createRoute({
  method: 'post',
  path: '/api/party/committees/{id}/cadres',
  tags,
  summary: 'Add a cadre: post, dates, selection (选聘派挂), 两推一选 (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(cadreCreateBody) },
  responses: { 201: json(cadreRowSchema, 'The cadre'), ...errors },
});

const patchCadreRoute = createRoute({
  method: 'patch',
  path: '/api/party/cadres/{id}',
  tags,
  summary: 'Change a cadre, e.g. end the post (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(cadrePatchBody) },
  responses: { 200: json(cadreRowSchema, 'The cadre after the change'), ...errors },
});

const ratiosRoute = createRoute({
  method: 'get',
  path: '/api/party/cadre-ratios',
  tags,
  summary: 'The 一肩挑 and cross-appointment ratios over the villages of your scope, today',
  middleware: [readParty] as const,
  responses: { 200: json(cadreRatiosSchema, 'The ratios'), ...errors },
});

function cadreOut(row: { createdAt: Date; updatedAt: Date; tenantId: string } & Record<string, unknown>) {
  const { createdAt: _c, updatedAt: _u, tenantId: _t, ...rest } = row;
  return rest;
}

/** `/api/party/committees`, `/api/party/cadres` and `/api/party/cadre-ratios`. */
export function committeeRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { villageId } = c.req.valid('query');
      return c.json(
        await inCounty(database, scope.tenantId, (tx) => listVillageCommittees(tx, scope, villageId)),
        200,
      );
    })
    .openapi(createCommitteeRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const created = await inCounty(database, scope.tenantId, (tx) =>
        createVillageCommittee(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          committee: c.req.valid('json'),
        }),
      );
      return c.json(
        {
          id: created.id,
          villageId: created.villageId,
          kind: created.kind,
          termStartedOn: created.termStartedOn,
          termEndsOn: created.termEndsOn,
        },
        201,
      );
    })
    .openapi(addCadreRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const created = await inCounty(database, scope.tenantId, (tx) =>
        addCadre(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          committeeId: c.req.valid('param').id,
          cadre: c.req.valid('json'),
        }),
      );
      return c.json(cadreOut(created) as never, 201);
    })
    .openapi(patchCadreRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const updated = await inCounty(database, scope.tenantId, (tx) =>
        updateCadre(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          id: c.req.valid('param').id,
          changes: c.req.valid('json'),
        }),
      );
      return c.json(cadreOut(updated as NonNullable<typeof updated>) as never, 200);
    })
    .openapi(ratiosRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      return c.json(await inCounty(database, scope.tenantId, (tx) => cadreRatios(tx, scope)), 200);
    });
}
