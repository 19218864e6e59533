import { defineForm, definePlugin, fields, type PluginApp } from '@cunshe/plugin-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createPluginTestHost, type PluginTestHost } from '../testing/plugin-test-host';

/** Routes that read and move a service request through the SDK, as a plugin's own route would. */
function requestRoutes<S>(app: PluginApp<S>): void {
  app.get('/requests/:id', async (c) => {
    const { cunshe } = c.var;
    return c.json(await cunshe.withTenant((tx) => cunshe.serviceRequest(tx, c.req.param('id'))));
  });
  app.post('/requests/:id/moves', async (c) => {
    const { cunshe } = c.var;
    const body = (await c.req.json()) as { to: 'accepted'; version: number; note?: string };
    return c.json(
      await cunshe.withTenant((tx) =>
        cunshe.transitionServiceRequest(tx, { id: c.req.param('id'), ...body }),
      ),
    );
  });
}

const courier = definePlugin({
  id: 'courier',
  version: '1.0.0',
  name: { 'zh-CN': '代送', en: 'Courier' },
  villageTypes: 'any',
  hostApi: '^1.0.0',
  serviceStations: [
    {
      key: 'desk',
      name: { 'zh-CN': '代送点', en: 'Courier desk' },
      category: 'convenience-point',
      services: [],
    },
  ],
  forms: [
    defineForm({
      key: 'parcel',
      version: 1,
      title: { 'zh-CN': '代送申请', en: 'Parcel' },
      station: 'desk',
      workflow: { dueInHours: 24 },
      schema: z.object({ what: fields.text() }),
      labels: { what: { 'zh-CN': '物品', en: 'What' } },
    }),
  ],
  routes: requestRoutes,
});

/** A plugin with no forms of its own that tries to move another plugin's requests. */
const snoop = definePlugin({
  id: 'snoop',
  version: '1.0.0',
  name: { 'zh-CN': '窥探', en: 'Snoop' },
  villageTypes: 'any',
  hostApi: '^1.0.0',
  routes: requestRoutes,
});

let host: PluginTestHost;
let village: string;
let id: string;

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [courier, snoop] });
  village = host.county.villages['market-town'];
  await host.enable('courier', village);
  await host.enable('snoop', village);
  const res = await host.countyAdmin.request('/api/forms/courier/parcel/submissions', {
    method: 'POST',
    json: {
      villageId: village,
      idempotencyKey: 'courier-1',
      villager: { name: '陈大爷', phone: '13900000009' },
      data: { what: '户口本' },
    },
  });
  expect(res.status).toBe(201);
  id = ((await res.json()) as { id: string }).id;
});
afterAll(() => host.close());

/** The request as the admin's 服务申请 page shows it: status, version and the moves of its timeline. */
async function core() {
  const body = (await (await host.countyAdmin.request(`/api/service-requests/${id}`)).json()) as {
    request: { status: string; version: number };
    events: { kind: string; from: string | null; to: string | null; actor: { name: string } }[];
  };
  return {
    status: body.request.status,
    version: body.request.version,
    moves: body.events
      .filter((e) => e.kind === 'transition')
      .map((e) => `${e.from}->${e.to} ${e.actor.name}`),
  };
}

describe("a plugin moves its own form's service request through the host's workflow", () => {
  it('reads the status and version, and moves it once, with its timeline row and audit entry', async () => {
    const read = await host.countyAdmin.request(`/api/plugins/courier/requests/${id}`);
    const before = (await read.json()) as { status: string; version: number };
    expect(before).toMatchObject({ id, status: 'submitted' });
    const moved = await host.countyAdmin.request(`/api/plugins/courier/requests/${id}/moves`, {
      method: 'POST',
      json: { to: 'accepted', version: before.version },
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toEqual({ id, status: 'accepted', version: before.version + 1 });
    expect(await core()).toEqual({
      status: 'accepted',
      version: before.version + 1,
      moves: ['submitted->accepted county-a-admin'],
    });
    const audit = await host.countyAdmin.request(
      `/api/audit?action=service-request.transitioned&entityId=${id}`,
    );
    expect(((await audit.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('refuses a stale version (409) and a move the workflow does not allow (400, naming `to`)', async () => {
    const { version } = await core();
    const stale = await host.countyAdmin.request(`/api/plugins/courier/requests/${id}/moves`, {
      method: 'POST',
      json: { to: 'in-progress', version: version - 1 },
    });
    expect(stale.status).toBe(409);
    const backwards = await host.countyAdmin.request(`/api/plugins/courier/requests/${id}/moves`, {
      method: 'POST',
      json: { to: 'submitted', version },
    });
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'to',
    ]);
    expect(await core()).toMatchObject({ status: 'accepted', version });
  });

  it("keeps another plugin, another county and another village's admin out (404), and changes nothing", async () => {
    const { version } = await core();
    const attempts = [
      host.countyAdmin.request(`/api/plugins/snoop/requests/${id}`),
      host.countyAdmin.request(`/api/plugins/snoop/requests/${id}/moves`, {
        method: 'POST',
        json: { to: 'in-progress', version },
      }),
      host.otherCountyAdmin.request(`/api/plugins/courier/requests/${id}`),
      host.otherCountyAdmin.request(`/api/plugins/courier/requests/${id}/moves`, {
        method: 'POST',
        json: { to: 'in-progress', version },
      }),
      host.villageAdmin.request(`/api/plugins/courier/requests/${id}/moves`, {
        method: 'POST',
        json: { to: 'in-progress', version },
      }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404);
    expect(await core()).toMatchObject({
      status: 'accepted',
      version,
      moves: ['submitted->accepted county-a-admin'],
    });
  });
});
