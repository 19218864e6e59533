import type { PluginApp } from '@cunshe/plugin-sdk';
import { SERVICE_POINTS } from './catalogue';
import { industrialForms } from './forms';
import { assertCan, villageOf } from './route-kit';
import type { IndustrialSettings } from './settings';

/** `GET /villages/:villageId/service-points`: the three bureau points with the village's hours and forms. */
export function servicePointRoutes(app: PluginApp<IndustrialSettings>): void {
  app.get('/villages/:villageId/service-points', async (c) => {
    const { cunshe } = c.var;
    const { settings } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const items = SERVICE_POINTS.map((point) => ({
      ...point,
      openingHours: settings.servicePointHours,
      bureauStaffDays: settings.bureauStaffDays,
      forms: industrialForms
        .filter((form) => form.station === point.key)
        .map(({ key, version, title }) => ({ key, version, title })),
    }));
    return c.json({ items });
  });
}
