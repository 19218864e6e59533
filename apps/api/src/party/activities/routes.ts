import { createRoute } from '@hono/zod-openapi';
import { currentUser } from '../../auth/current-user';
import type { Services } from '../../context';
import { createRouter } from '../../openapi';
import { inCounty } from '../database-errors';
import { idParams } from '../organizations/schemas';
import { partyScopeOf } from '../party-scope';
import { body, errors, json, manageParty, readParty } from '../route-kit';
import { getPartyActivity } from './get-party-activity';
import { listPartyActivities } from './list-party-activities';
import { memberActivityRecord } from './member-activity-record';
import { createPartyActivity, setActivityParticipants, updatePartyActivity } from './save-party-activity';
import {
  activityCreateBody,
  activityListQuery,
  activityPage,
  activityPatchBody,
  activitySchema,
  memberActivityRecordSchema,
  participantsBody,
} from './schemas';

const tags = ['party'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/party/activities',
  tags,
  summary:
    'Activities of your scope: vanguard posts, demonstration zones, volunteer teams, labour, dedication days, pairing',
  middleware: [readParty] as const,
  request: { query: activityListQuery },
  responses: { 200: json(activityPage, 'A page of activities, newest first'), ...errors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/party/activities/{id}',
  tags,
  summary: 'One activity with its participants and their hours',
  middleware: [readParty] as const,
  request: { params: idParams },
  responses: { 200: json(activitySchema, 'The activity'), ...errors },
});

const createActivityRoute = createRoute({
  method: 'post',
  path: '/api/party/activities',
  tags,
  summary: 'Record an activity with its participants (audited)',
  middleware: [manageParty] as const,
  request: { body: body(activityCreateBody) },
  responses: { 201: json(activitySchema, 'The activity'), ...errors },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/party/activities/{id}',
  tags,
  summary: 'Change an activity (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(activityPatchBody) },
  responses: { 200: json(activitySchema, 'The activity after the change'), ...errors },
});

const participantsRoute = createRoute({
  method: 'put',
  path: '/api/party/activities/{id}/participants',
  tags,
  summary: 'Set who took part and for how many hours (audited)',
  middleware: [manageParty] as const,
  request: { params: idParams, body: body(participantsBody) },
  responses: { 200: json(activitySchema, 'The activity with its participants'), ...errors },
});

const recordRoute = createRoute({
  method: 'get',
  path: '/api/party/members/{id}/activities',
  tags,
  summary: "A member's own activity record and total hours",
  middleware: [readParty] as const,
  request: { params: idParams },
  responses: { 200: json(memberActivityRecordSchema, 'The record, newest first'), ...errors },
});

/** `/api/party/activities` and each member's activity record. */
export function activityRoutes({ database }: Pick<Services, 'database'>) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const query = c.req.valid('query');
      const page = await inCounty(database, scope.tenantId, (tx) => listPartyActivities(tx, scope, query));
      return c.json({ ...page, page: query.page, pageSize: query.pageSize }, 200);
    })
    .openapi(getRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { id } = c.req.valid('param');
      return c.json(await inCounty(database, scope.tenantId, (tx) => getPartyActivity(tx, scope, id)), 200);
    })
    .openapi(createActivityRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const { villageId, participants, ...activity } = c.req.valid('json');
      const created = await inCounty(database, scope.tenantId, (tx) =>
        createPartyActivity(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          villageId,
          activity,
          participants,
        }),
      );
      return c.json(created, 201);
    })
    .openapi(patchRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const updated = await inCounty(database, scope.tenantId, (tx) =>
        updatePartyActivity(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          id: c.req.valid('param').id,
          changes: c.req.valid('json'),
        }),
      );
      return c.json(updated, 200);
    })
    .openapi(participantsRoute, async (c) => {
      const user = currentUser(c);
      const scope = partyScopeOf(user);
      const updated = await inCounty(database, scope.tenantId, (tx) =>
        setActivityParticipants(tx, {
          scope,
          actor: user,
          requestId: c.get('requestId'),
          id: c.req.valid('param').id,
          participants: c.req.valid('json').participants,
        }),
      );
      return c.json(updated, 200);
    })
    .openapi(recordRoute, async (c) => {
      const scope = partyScopeOf(currentUser(c));
      const { id } = c.req.valid('param');
      return c.json(
        await inCounty(database, scope.tenantId, (tx) => memberActivityRecord(tx, scope, id)),
        200,
      );
    });
}
