import type { PluginApp } from '@cunshe/plugin-sdk';
import { FORM_OF_STATION, HOURS_SETTING, STATIONS } from './catalogue';
import { assertCan, villageOf } from './route-kit';
import type { StationsSettings } from './settings';
import { allStaff } from './staff';

/** `GET /villages/:villageId/stations`: the six stations of a village with their hours, staff and form. */
export function stationRoutes(app: PluginApp<StationsSettings>): void {
  app.get('/villages/:villageId/stations', async (c) => {
    const { cunshe } = c.var;
    const { villageId, settings } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const staff = await cunshe.withTenant((tx) =>
      allStaff(tx, { tenantId: cunshe.user.tenantId, villageId }),
    );
    const items = STATIONS.map((station) => ({
      ...station,
      openingHours: settings[HOURS_SETTING[station.key]],
      formKey: FORM_OF_STATION[station.key],
      staff: staff.filter((member) => member.stationKey === station.key),
    }));
    return c.json({ items });
  });
}
