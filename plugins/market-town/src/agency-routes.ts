import {
  NotFoundError,
  type PluginApp,
  type PluginRequestContext,
  type PluginServiceRequestStatus,
  type PluginTx,
} from '@cunshe/plugin-sdk';
import { z } from 'zod';
import { findAgencyRequest, listAgencyRequests, stepAgencyRequest, stepInput } from './agency-requests';
import { AGENCY_STAGES } from './catalogue';
import { assertCan, idOf, jsonBody, pageQuery, parseInput, villageOf } from './route-kit';
import type { MarketTownSettings } from './settings';

const agencyQuery = pageQuery.extend({ stage: z.enum(AGENCY_STAGES).optional() });

/**
 * The moves of the host's service request that follow a step of the trip, by where the request stands:
 * sending it to the county office accepts it and puts it in progress, returning the result to the villager
 * resolves it. A request already that far on (or closed) is left alone, so each move happens once.
 */
const FOLLOW: Record<string, Partial<Record<PluginServiceRequestStatus, PluginServiceRequestStatus[]>>> = {
  sent: { submitted: ['accepted', 'in-progress'], accepted: ['in-progress'] },
  returned: { submitted: ['accepted', 'resolved'], accepted: ['resolved'], 'in-progress': ['resolved'] },
};

/** Brings the host's service request of an agency request up to the trip's step, in the step's transaction. */
async function followStep<S>(cunshe: PluginRequestContext<S>, tx: PluginTx, id: string, step: string) {
  let state = await cunshe.serviceRequest(tx, id);
  for (const to of FOLLOW[step]?.[state.status] ?? []) {
    state = await cunshe.transitionServiceRequest(tx, { id, to, version: state.version });
  }
}

/**
 * Agency requests (代办) of the convenience point: their trips to the county town and back
 * (`/villages/:villageId/agency-requests`, `…/:requestId/steps`). The request itself — villager, matter,
 * status — is the host's service request of the same id, which a step moves on (see {@link FOLLOW}).
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
      await followStep(cunshe, tx, id, step.to);
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
