import { NotFoundError, type PluginApp } from '@cunshe/plugin-sdk';
import {
  activityFilter,
  activityInput,
  listRoomActivities,
  recordRoomActivity,
  removeRoomActivity,
} from './room-activities';
import { assertCan, idOf, jsonBody, pageQuery, parseInput, villageOf } from './route-kit';
import type { StationsSettings } from './settings';

const activityQuery = pageQuery.extend(activityFilter.shape);

/** The rooms' activity log: list (with totals), record, remove (`/villages/:villageId/room-activities`). */
export function roomActivityRoutes(app: PluginApp<StationsSettings>): void {
  app.get('/villages/:villageId/room-activities', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const query = parseInput(activityQuery, c.req.query());
    const result = await cunshe.withTenant((tx) =>
      listRoomActivities(tx, { tenantId: cunshe.user.tenantId, villageId, ...query }),
    );
    return c.json({ ...result, page: query.page, pageSize: query.pageSize });
  });

  app.post('/villages/:villageId/room-activities', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'record-activities');
    const activity = parseInput(activityInput, await jsonBody(c.req));
    const recorded = await cunshe.withTenant(async (tx) => {
      const row = await recordRoomActivity(tx, {
        tenantId: cunshe.user.tenantId,
        villageId,
        activity,
        recordedBy: cunshe.user,
      });
      await cunshe.audit(tx, {
        action: 'room-activity.recorded',
        entity: 'room-activity',
        entityId: row.id,
        after: row,
      });
      return row;
    });
    return c.json(recorded, 201);
  });

  app.delete('/villages/:villageId/room-activities/:activityId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'record-activities');
    const id = idOf(c.req.param('activityId'), 'activity');
    await cunshe.withTenant(async (tx) => {
      const removed = await removeRoomActivity(tx, { tenantId: cunshe.user.tenantId, villageId, id });
      if (!removed) throw new NotFoundError(`No activity ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'room-activity.removed',
        entity: 'room-activity',
        entityId: id,
        before: removed,
      });
    });
    return c.body(null, 204);
  });
}
