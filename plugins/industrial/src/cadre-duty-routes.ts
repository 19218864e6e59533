import { NotFoundError, type PluginApp } from '@cunshe/plugin-sdk';
import {
  addCadreDuty,
  cadreDutyChange,
  cadreDutyInput,
  changeCadreDuty,
  listCadreDuties,
  removeCadreDuty,
} from './cadre-duties';
import { assertCan, idOf, jsonBody, parseInput, villageOf } from './route-kit';
import type { IndustrialSettings } from './settings';

/** The 一岗双责 record: list, add, change, remove (`/villages/:villageId/cadre-duties`). */
export function cadreDutyRoutes(app: PluginApp<IndustrialSettings>): void {
  app.get('/villages/:villageId/cadre-duties', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const result = await cunshe.withTenant((tx) =>
      listCadreDuties(tx, { tenantId: cunshe.user.tenantId, villageId }),
    );
    return c.json({ ...result, page: 1, pageSize: result.total });
  });

  app.post('/villages/:villageId/cadre-duties', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-duties');
    const duty = parseInput(cadreDutyInput, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const added = await addCadreDuty(tx, { tenantId: cunshe.user.tenantId, villageId, duty });
      await cunshe.audit(tx, {
        action: 'cadre-duty.added',
        entity: 'cadre-duty',
        entityId: added.id,
        after: added,
      });
      return added;
    });
    return c.json(row, 201);
  });

  app.patch('/villages/:villageId/cadre-duties/:dutyId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-duties');
    const id = idOf(c.req.param('dutyId'), 'cadre duty');
    const change = parseInput(cadreDutyChange, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const result = await changeCadreDuty(tx, { tenantId: cunshe.user.tenantId, villageId, id, change });
      if (!result) throw new NotFoundError(`No cadre duty ${id} in this village.`);
      await cunshe.audit(tx, { action: 'cadre-duty.changed', entity: 'cadre-duty', entityId: id, ...result });
      return result.after;
    });
    return c.json(row);
  });

  app.delete('/villages/:villageId/cadre-duties/:dutyId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-duties');
    const id = idOf(c.req.param('dutyId'), 'cadre duty');
    await cunshe.withTenant(async (tx) => {
      const removed = await removeCadreDuty(tx, { tenantId: cunshe.user.tenantId, villageId, id });
      if (!removed) throw new NotFoundError(`No cadre duty ${id} in this village.`);
      await cunshe.audit(tx, {
        action: 'cadre-duty.removed',
        entity: 'cadre-duty',
        entityId: id,
        before: removed,
      });
    });
    return c.body(null, 204);
  });
}
