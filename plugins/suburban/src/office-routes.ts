import { NotFoundError, type PluginApp } from '@cunshe/plugin-sdk';
import { OFFICES, type OfficeKey } from './catalogue';
import { deskInput, desksOf, setDesk } from './office-desks';
import { assertCan, jsonBody, parseInput, villageOf } from './route-kit';
import type { SuburbanSettings } from './settings';

/** The offices of the committee building: what each handles, its room and who is on duty. */
export function officeRoutes(app: PluginApp<SuburbanSettings>): void {
  app.get('/villages/:villageId/offices', async (c) => {
    const { cunshe } = c.var;
    const { villageId, settings } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const desks = await cunshe.withTenant((tx) => desksOf(tx, { tenantId: cunshe.user.tenantId, villageId }));
    const items = OFFICES.map((office) => {
      const desk = desks.find((d) => d.officeKey === office.key);
      return {
        ...office,
        openingHours: settings.officeHours,
        desk: desk ? { room: desk.room, onDuty: desk.onDuty, phone: desk.phone } : null,
      };
    });
    return c.json({ items });
  });

  app.put('/villages/:villageId/offices/:officeKey', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'manage-offices');
    const officeKey = OFFICES.find((office) => office.key === c.req.param('officeKey'))?.key as
      | OfficeKey
      | undefined;
    if (!officeKey) throw new NotFoundError(`No office ${c.req.param('officeKey')}.`);
    const desk = parseInput(deskInput, await jsonBody(c.req));
    const row = await cunshe.withTenant(async (tx) => {
      const saved = await setDesk(tx, { tenantId: cunshe.user.tenantId, villageId, officeKey, desk });
      await cunshe.audit(tx, { action: 'office.staffed', entity: 'office', after: saved });
      return saved;
    });
    return c.json(row);
  });
}
