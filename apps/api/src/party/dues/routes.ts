import { createRoute } from '@hono/zod-openapi';
import { currentUser } from '../../auth/current-user';
import type { Services } from '../../context';
import { createRouter } from '../../openapi';
import { inCounty } from '../database-errors';
import { idParams } from '../organizations/schemas';
import { partyScopeOf } from '../party-scope';
import { body, errors, json, manageParty, readParty } from '../route-kit';
import { getDuesSettings, setDuesSettings } from './dues-settings';
import { duesSummary } from './dues-summary';
import { listMonthDues } from './list-month-dues';
import { recordPartyDues, removePartyDues } from './record-party-dues';
import {
  duesBody,
  duesRecordSchema,
  duesSettingsSchema,
  duesSummarySchema,
  monthDuesPage,
  monthDuesQuery,
  summaryQuery,
} from './schemas';

const tags = ['party'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/party/dues',
  tags,
  summary: "A month's party dues of the members of your scope, with the totals and the retained share",
  middleware: [readParty] as const,
  request: { query: monthDuesQuery },
  responses: { 200: json(monthDuesPage, 'A page of members with their dues'), ...errors },
});

const recordRoute = createRoute({
  method: 'put',
  path: '/api/party/dues',
  tags,
  summary: "Record (or correct) a member's dues for a month in fen; the retained share is computed (audited)",
  middleware: [manageParty] as const,
  request: { body: body(duesBody) },
  responses: { 200: json(duesRecordSchema, 'The record'), ...errors },
});

const removeRoute = createRoute({
  method: 'delete',
  path: '/api/party/dues/{id}',
  tags,
  summary: 'Remove a mistaken dues record (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams },
  responses: { 204: { description: 'Removed' }, ...errors },
});

const summaryRoute = createRoute({
  method: 'get',
  path: '/api/party/dues/summary',
  tags,
  summary: 'A year of dues over your scope, month by month, with the retained share (留存党费)',
  middleware: [readParty] as const,
  request: { query: summaryQuery },
  responses: { 200: json(duesSummarySchema, 'The summary'), ...errors },
});

const settingsRoute = createRoute({
  method: 'get',
  path: '/api/party/dues/settings',
  tags,
  summary: "The county's retained share of dues",
  middleware: [readParty] as const,
  responses: { 200: json(duesSettingsSchema, 'The settings'), ...errors },
});

const setSettingsRoute = createRoute({
  method: 'put',
  path: '/api/party/dues/settings',
  tags,
  summary: "Set the county's retained share of dues (county scope only; audited)",
  middleware: [manageParty] as const,
  request: { body: body(duesSettingsSchema) },
  responses: { 200: json(duesSettingsSchema, 'The settings'), ...errors },
});

/** `/api/party/dues`: party dues per member and month, and the county's retained share. */
export function duesRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(summaryRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { year } = c.req.valid('query');
      return c.json(await inCounty(database, scope.tenantId, (tx) => duesSummary(tx, scope, year)), 200);
    })
    .openapi(settingsRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      return c.json(
        await inCounty(database, scope.tenantId, (tx) => getDuesSettings(tx, scope.tenantId)),
        200,
      );
    })
    .openapi(setSettingsRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const settings = await inCounty(database, scope.tenantId, (tx) =>
        setDuesSettings(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          settings: c.req.valid('json'),
        }),
      );
      return c.json(settings, 200);
    })
    .openapi(listRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const query = c.req.valid('query');
      const result = await inCounty(database, scope.tenantId, async (tx) => ({
        ...(await listMonthDues(tx, scope, query)),
        ...(await getDuesSettings(tx, scope.tenantId)),
      }));
      return c.json({ ...result, month: query.month, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(recordRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const record = await inCounty(database, scope.tenantId, (tx) =>
        recordPartyDues(tx, { scope, actor: user, requestId: c.get('requestId'), dues: c.req.valid('json') }),
      );
      return c.json(record, 200);
    })
    .openapi(removeRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      await inCounty(database, scope.tenantId, (tx) =>
        removePartyDues(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          id: c.req.valid('param').id,
        }),
      );
      return c.body(null, 204);
    });
}
