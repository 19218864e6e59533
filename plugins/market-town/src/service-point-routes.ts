import type { PluginApp } from '@cunshe/plugin-sdk';
import { SERVICE_POINTS } from './catalogue';
import { marketTownForms } from './forms';
import { assertCan, villageOf } from './route-kit';
import type { MarketTownSettings } from './settings';

/** `GET /villages/:villageId/service-points`: the two points with the village's hours, trip days and forms. */
export function servicePointRoutes(app: PluginApp<MarketTownSettings>): void {
  app.get('/villages/:villageId/service-points', async (c) => {
    const { cunshe } = c.var;
    const { settings } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const items = SERVICE_POINTS.map((point) => ({
      ...point,
      openingHours: settings.pointHours,
      forms: marketTownForms
        .filter((f) => f.station === point.key)
        .map(({ key, version, title }) => ({ key, version, title })),
    }));
    return c.json({
      items,
      countyTripDays: settings.countyTripDays,
      checkInIntervalDays: settings.checkInIntervalDays,
    });
  });
}
