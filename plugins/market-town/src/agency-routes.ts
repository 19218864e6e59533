import { NotFoundError, type PluginApp } from '@cunshe/plugin-sdk';
import { z } from 'zod';
import { findAgencyRequest, listAgencyRequests, stepAgencyRequest, stepInput } from './agency-requests';
import { AGENCY_STAGES } from './catalogue';
import { assertCan, idOf, jsonBody, pageQuery, parseInput, villageOf } from './route-kit';
import type { MarketTownSettings } from './settings';

const agencyQuery = pageQuery.extend({ stage: z.enum(AGENCY_STAGES).optional() });

/**
 * Agency requests (代办) of the convenience point: their trips to the county town and back
 * (`/villages/:villageId/agency-requests`, `…/:requestId/steps`). The request itself — villager, matter,
 * status — is the host's service request of the same id.
 */
export function agencyRoutes(app: PluginApp<MarketTownSettings>): void {
  app.get('/villages/:villageId/agency-requests', async (c) => {
    const { cunshe } = c.var;
    const { villageId, settings } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const query = parseInput(agencyQuery, c.req.query());
    const result = await cunshe.withTenant((tx) =>
      listAgencyRequests(tx, { tenantId: cunshe.user.tenantId, villageId, ...query }),
    );
    return c.json({
      ...result,
      page: query.page,
      pageSize: query.pageSize,
      countyTripDays: settings.countyTripDays,
    });
  });

  app.get('/villages/:villageId/agency-requests/:requestId', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'read');
    const id = idOf(c.req.param('requestId'), 'agency request');
    const row = await cunshe.withTenant((tx) =>
      findAgencyRequest(tx, { tenantId: cunshe.user.tenantId, villageId, id }),
    );
    if (!row) throw new NotFoundError(`No agency request ${id} in this village.`);
    return c.json(row);
  });

  app.post('/villages/:villageId/agency-requests/:requestId/steps', async (c) => {
    const { cunshe } = c.var;
    const { villageId } = await villageOf(cunshe, c.req.param('villageId'));
    assertCan(cunshe, 'handle-agency');
    const id = idOf(c.req.param('requestId'), 'agency request');
    const step = parseInput(stepInput, await jsonBody(c.req));
    const scope = { tenantId: cunshe.user.tenantId, villageId };
    const row = await cunshe.withTenant(async (tx) => {
      const request = await findAgencyRequest(tx, { ...scope, id });
      if (!request) throw new NotFoundError(`No agency request ${id} in this village.`);
      const after = await stepAgencyRequest(tx, { ...scope, request, step, by: cunshe.user.displayName });
      await cunshe.audit(tx, {
        action: `agency-request.${step.to}`,
        entity: 'agency-request',
        entityId: id,
        before: { stage: request.stage },
        after: { stage: after.stage, countyOffice: after.countyOffice },
      });
      return after;
    });
    return c.json(row);
  });
}
