import { type AuthUser, villageScopeOf } from '@cunshe/auth';
import { createRoute, type z } from '@hono/zod-openapi';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { problemResponses } from '../auth/schemas';
import type { Services } from '../context';
import { createRouter } from '../openapi';
import { getVillage } from './get-village';
import { importVillageTypes } from './import-village-types';
import { listTownships } from './list-townships';
import { listVillages } from './list-villages';
import {
  bulkTypeBody,
  bulkTypeResult,
  importTypesBody,
  importTypesReport,
  townshipList,
  villageListQuery,
  villagePage,
  villageParams,
  villagePatchBody,
  villageSchema,
} from './schemas';
import { setVillageTypes } from './set-village-types';
import type { VillageScope } from './village-scope';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const errors = {
  400: { description: 'Invalid input (problem+json naming the field)' },
  ...problemResponses,
  404: { description: 'No such village in your scope' },
} as const;
const read = requirePermission('villages:read');
const update = requirePermission('villages:update');

/** The villages a signed-in user may see, as the argument every village operation takes. */
function scopeOf(user: AuthUser): VillageScope & { tenantId: string } {
  const scope = villageScopeOf(user);
  const tenantId = user.tenantId as string;
  return scope === 'county' ? { tenantId } : { tenantId, ...scope };
}

const townshipsRoute = createRoute({
  method: 'get',
  path: '/api/townships',
  tags: ['villages'],
  summary: 'Townships of your scope with village counts in total and by type',
  middleware: [read] as const,
  responses: { 200: json(townshipList, 'Townships in pinyin order'), ...errors },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/villages',
  tags: ['villages'],
  summary: 'Villages of your scope: search by name, code or pinyin; filter by township and type',
  middleware: [read] as const,
  request: { query: villageListQuery },
  responses: { 200: json(villagePage, 'A page of villages in pinyin order'), ...errors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/villages/{id}',
  tags: ['villages'],
  summary: 'One village',
  middleware: [read] as const,
  request: { params: villageParams },
  responses: { 200: json(villageSchema, 'The village'), ...errors },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/villages/{id}',
  tags: ['villages'],
  summary: "Set a village's type (audited)",
  middleware: [update] as const,
  request: { params: villageParams, body: body(villagePatchBody) },
  responses: { 200: json(villageSchema, 'The village after the change'), ...errors },
});

const bulkRoute = createRoute({
  method: 'post',
  path: '/api/villages/types',
  tags: ['villages'],
  summary: 'Set the type of many villages at once (all or nothing; each change audited)',
  middleware: [update] as const,
  request: { body: body(bulkTypeBody) },
  responses: { 200: json(bulkTypeResult, 'What changed, village by village'), ...errors },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/villages/types/import',
  tags: ['villages'],
  summary:
    'Import a CSV or .xlsx of code,type rows: a dry run reports row by row; applying is all or nothing',
  middleware: [update] as const,
  request: { body: body(importTypesBody) },
  responses: { 200: json(importTypesReport, 'The row-by-row report'), ...errors },
});

/** `/api/townships` and `/api/villages`: the county's geography and its village types. */
export function villagesRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(townshipsRoute, async (c) => {
      const scope = scopeOf(currentUser(c));
      const items = await database.withTenant(scope.tenantId, (tx) => listTownships(tx, scope));
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(listRoute, async (c) => {
      const scope = scopeOf(currentUser(c));
      const query = c.req.valid('query');
      const page = await database.withTenant(scope.tenantId, (tx) => listVillages(tx, scope, query));
      return c.json({ ...page, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(getRoute, async (c) => {
      const scope = scopeOf(currentUser(c));
      const village = await database.withTenant(scope.tenantId, (tx) =>
        getVillage(tx, scope, c.req.valid('param').id),
      );
      return c.json(village, 200);
    })
    .openapi(patchRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOf(user);
      const { id } = c.req.valid('param');
      const village = await database.withTenant(scope.tenantId, async (tx) => {
        await setVillageTypes(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          change: { by: 'id', keys: [id], type: c.req.valid('json').type },
        });
        return getVillage(tx, scope, id);
      });
      return c.json(village, 200);
    })
    .openapi(bulkRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOf(user);
      const { ids, type } = c.req.valid('json');
      const items = await database.withTenant(scope.tenantId, (tx) =>
        setVillageTypes(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          change: { by: 'id', keys: [...new Set(ids)], type },
        }),
      );
      return c.json({ items }, 200);
    })
    .openapi(importRoute, async (c) => {
      const user = currentUser(c);
      const scope = scopeOf(user);
      const { fileName, contentBase64, dryRun } = c.req.valid('json');
      const report = await database.withTenant(scope.tenantId, (tx) =>
        importVillageTypes(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          file: { name: fileName, content: Buffer.from(contentBase64, 'base64') },
          isDryRun: dryRun,
        }),
      );
      return c.json(report, 200);
    });
}
