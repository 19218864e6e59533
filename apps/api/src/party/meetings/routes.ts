import { createRoute } from '@hono/zod-openapi';
import { currentUser } from '../../auth/current-user';
import type { Services } from '../../context';
import { createRouter } from '../../openapi';
import { inCounty } from '../database-errors';
import { todayInChina } from '../dates';
import { idParams } from '../organizations/schemas';
import { partyScopeOf } from '../party-scope';
import { body, errors, json, manageParty, readParty } from '../route-kit';
import { getPartyMeeting } from './get-party-meeting';
import { listPartyMeetings } from './list-party-meetings';
import { meetingStatus } from './meeting-status';
import { createPartyMeeting, updatePartyMeeting } from './save-party-meeting';
import {
  meetingCreateBody,
  meetingListQuery,
  meetingPage,
  meetingPatchBody,
  meetingSchema,
  meetingStatusQuery,
  meetingStatusSchema,
} from './schemas';

const tags = ['party'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/party/meetings',
  tags,
  summary: '三会一课 of your scope, latest first, filtered by village, organization, kind and status',
  middleware: [readParty] as const,
  request: { query: meetingListQuery },
  responses: { 200: json(meetingPage, 'A page of meetings'), ...errors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/party/meetings/{id}',
  tags,
  summary: 'One meeting with its attendance and the reasons of absences',
  middleware: [readParty] as const,
  request: { params: idParams },
  responses: { 200: json(meetingSchema, 'The meeting'), ...errors },
});

const createMeetingRoute = createRoute({
  method: 'post',
  path: '/api/party/meetings',
  tags,
  summary: 'Plan or record a meeting of 三会一课, with attendance once held (audited)',
  middleware: [manageParty] as const,
  request: { body: body(meetingCreateBody) },
  responses: { 201: json(meetingSchema, 'The meeting'), ...errors },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/party/meetings/{id}',
  tags,
  summary: 'Change a meeting, e.g. record it as held with its attendance (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(meetingPatchBody) },
  responses: { 200: json(meetingSchema, 'The meeting after the change'), ...errors },
});

const statusRoute = createRoute({
  method: 'get',
  path: '/api/party/meeting-status',
  tags,
  summary: "Each organization's 三会一课 standing: last held, due by, overdue",
  middleware: [readParty] as const,
  request: { query: meetingStatusQuery },
  responses: { 200: json(meetingStatusSchema, 'The standing of each organization'), ...errors },
});

/** `/api/party/meetings` and `/api/party/meeting-status`: 三会一课. */
export function meetingRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const query = c.req.valid('query');
      const page = await inCounty(database, scope.tenantId, (tx) => listPartyMeetings(tx, scope, query));
      return c.json({ ...page, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(getRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { id } = c.req.valid('param');
      return c.json(await inCounty(database, scope.tenantId, (tx) => getPartyMeeting(tx, scope, id)), 200);
    })
    .openapi(createMeetingRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const { organizationId, attendance, ...meeting } = c.req.valid('json');
      const created = await inCounty(database, scope.tenantId, (tx) =>
        createPartyMeeting(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          organizationId,
          meeting,
          attendance,
        }),
      );
      return c.json(created, 201);
    })
    .openapi(patchRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const { attendance, ...changes } = c.req.valid('json');
      const updated = await inCounty(database, scope.tenantId, (tx) =>
        updatePartyMeeting(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          id: c.req.valid('param').id,
          changes,
          attendance,
        }),
      );
      return c.json(updated, 200);
    })
    .openapi(statusRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const today = todayInChina();
      const items = await inCounty(database, scope.tenantId, (tx) =>
        meetingStatus(tx, scope, c.req.valid('query'), today),
      );
      return c.json({ asOf: today, items }, 200);
    });
}
