import { NotFoundError, type PluginApp } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import { STATION_KEYS } from './catalogue';
import { assertCan, idOf, jsonBody, pageQuery, parseInput, villageOf } from './route-kit';
import type { StationsSettings } from './settings';
import { addStaff, changeStaff, listStaff, removeStaff, staffChange, staffInput } from './staff';

const staffQuery = pageQuery.extend({ station: z.enum(STATION_KEYS).optional() });
const audited = ({
  id,
  stationKey,
  name,
  post,
}: {
  id: string;
  stationKey: string;
  name: string;
  post: string;
}) => ({
  id,
  stationKey,
  name,
  post,
});

/** Staff of the stations: list, add, change, remove (`/villages/:villageId/staff`). */
export function staffRoutes(app: PluginApp<StationsSettings>): void {
  app.get('/villages/:villageId/staff', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const query = parseInput(staffQuery, c.req.query());
    const result = await cunshe.withTenant((tx) =>
      listStaff(tx, { tenantId: cunshe.user.tenantId, villageId, stationKey: query.station, ...query }),
    );
    return c.json({ ...result, page: query.page, pageSize: query.pageSize });
  });

  app.post('/villages/:villageId/staff', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-staff');
    const staff = parseInput(staffInput, await jsonBody(c.req));
    const added = await cunshe.withTenant(async (tx) => {
      const row = await addStaff(tx, { tenantId: cunshe.user.tenantId, villageId, staff });
      await cunshe.audit(tx, {
        action: 'staff.added',
        entity: 'station-staff',
        entityId: row.id,
        after: audited(row),
      });
      return row;
    });
    return c.json(added, 201);
  });

  app.patch('/villages/:villageId/staff/:staffId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-staff');
    const id = idOf(c.req.param('staffId'), 'staff member');
    const change = parseInput(staffChange, await jsonBody(c.req));
    const changed = await cunshe.withTenant(async (tx) => {
      const result = await changeStaff(tx, { tenantId: cunshe.user.tenantId, villageId, id, change });
      if (!result) throw new NotFoundError(`No staff member ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'staff.changed',
        entity: 'station-staff',
        entityId: id,
        before: audited(result.before),
        after: audited(result.after),
      });
      return result.after;
    });
    return c.json(changed);
  });

  app.delete('/villages/:villageId/staff/:staffId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-staff');
    const id = idOf(c.req.param('staffId'), 'staff member');
    await cunshe.withTenant(async (tx) => {
      const removed = await removeStaff(tx, { tenantId: cunshe.user.tenantId, villageId, id });
      if (!removed) throw new NotFoundError(`No staff member ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'staff.removed',
        entity: 'station-staff',
        entityId: id,
        before: audited(removed),
      });
    });
    return c.body(null, 204);
  });
}
