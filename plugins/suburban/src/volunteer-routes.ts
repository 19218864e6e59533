import { NotFoundError, type PluginApp, todayInChina } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import { assertCan, idOf, jsonBody, pageQuery, parseInput, villageOf } from './route-kit';
import {
  listServiceRecords,
  recordFilter,
  recordService,
  serviceInput,
  volunteerHours,
} from './service-records';
import type { SuburbanSettings } from './settings';
import { addVolunteer, changeVolunteer, listVolunteers, volunteerChange, volunteerInput } from './volunteers';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const volunteerQuery = pageQuery.extend({ hasLeft: flag.optional() });
const recordQuery = pageQuery.extend(recordFilter.shape);
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const currentYear = () => Number(todayInChina().slice(0, 4));

/**
 * The volunteer association: volunteers, their service records, and hours per volunteer and per month
 * (`/villages/:villageId/volunteers`, `/service-records`, `/volunteer-hours`).
 */
export function volunteerRoutes(app: PluginApp<SuburbanSettings>): void {
  app.get('/villages/:villageId/volunteers', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const query = parseInput(volunteerQuery, c.req.query());
    const result = await cunshe.withTenant((tx) =>
      listVolunteers(tx, { tenantId: cunshe.user.tenantId, villageId, ...query }),
    );
    return c.json({ ...result, page: query.page, pageSize: query.pageSize });
  });

  app.post('/villages/:villageId/volunteers', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-volunteers');
    const volunteer = parseInput(volunteerInput, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const added = await addVolunteer(tx, { tenantId: cunshe.user.tenantId, villageId, volunteer });
      await cunshe.audit(tx, {
        action: 'volunteer.joined',
        entity: 'volunteer',
        entityId: added.id,
        after: { id: added.id, name: added.name, joinedOn: added.joinedOn },
      });
      return added;
    });
    return c.json(row, 201);
  });

  app.patch('/villages/:villageId/volunteers/:volunteerId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-volunteers');
    const id = idOf(c.req.param('volunteerId'), 'volunteer');
    const change = parseInput(volunteerChange, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const changed = await changeVolunteer(tx, { tenantId: cunshe.user.tenantId, villageId, id, change });
      if (!changed) throw new NotFoundError(`No volunteer ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'volunteer.changed',
        entity: 'volunteer',
        entityId: id,
        after: { id, name: changed.name, leftOn: changed.leftOn },
      });
      return changed;
    });
    return c.json(row);
  });

  app.get('/villages/:villageId/service-records', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const query = parseInput(recordQuery, c.req.query());
    const result = await cunshe.withTenant((tx) =>
      listServiceRecords(tx, { tenantId: cunshe.user.tenantId, villageId, ...query }),
    );
    return c.json({ ...result, page: query.page, pageSize: query.pageSize });
  });

  app.post('/villages/:villageId/service-records', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'record-service');
    const service = parseInput(serviceInput, await jsonBody(c.req));
    const items = await cunshe.withTenant(async (tx) => {
      const rows = await recordService(tx, {
        tenantId: cunshe.user.tenantId,
        villageId,
        service,
        recordedBy: cunshe.user,
      });
      await cunshe.audit(tx, {
        action: 'service.recorded',
        entity: 'volunteer-service',
        after: { servedOn: service.servedOn, kind: service.kind, volunteers: rows.length },
      });
      return rows;
    });
    return c.json({ items }, 201);
  });

  app.get('/villages/:villageId/volunteer-hours', async (c) => {
    const { cunshe } = c.var;
    const { villageId, settings } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const { year = currentYear() } = parseInput(yearQuery, c.req.query());
    const report = await cunshe.withTenant((tx) =>
      volunteerHours(tx, {
        tenantId: cunshe.user.tenantId,
        villageId,
        year,
        monthlyGoal: settings.monthlyHoursGoal,
      }),
    );
    return c.json({ ...report, monthlyHoursGoal: settings.monthlyHoursGoal });
  });
}
