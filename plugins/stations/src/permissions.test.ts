import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stationsPlugin } from './server';

let host: PluginTestHost;
/** The village of the plugin's type, and a neighbour of another type where the county enabled it too. */
let home: string;
let neighbour: string;

const base = (villageId: string) => `/api/plugins/stations/villages/${villageId}`;

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [stationsPlugin] });
  home = host.county.villages.industrial;
  neighbour = host.county.villages.suburban;
  await host.enable('stations', home);
  await host.enable('stations', neighbour);
});
afterAll(() => host.close());

describe('四站两室: who may do what', () => {
  it('lets a viewer read but never write', async () => {
    const viewer = await host.userAt('viewer', home);
    expect((await viewer.request(`${base(home)}/room-activities`)).status).toBe(200);
    const res = await viewer.request(`${base(home)}/room-activities`, {
      method: 'POST',
      json: { roomKey: 'culture-room', heldOn: '2025-06-01', topic: '戏曲进村', attendance: 40 },
    });
    expect(res.status).toBe(403);
    const listed = (await (await viewer.request(`${base(home)}/room-activities`)).json()) as {
      total: number;
    };
    expect(listed.total).toBe(0);
  });

  it('lets station staff record a room activity at their village only', async () => {
    const staff = await host.userAt('station-staff', home);
    const here = await staff.request(`${base(home)}/room-activities`, {
      method: 'POST',
      json: { roomKey: 'culture-room', heldOn: '2025-06-01', topic: '戏曲进村', attendance: 40 },
    });
    expect(here.status).toBe(201);
    // Another village of the same county is outside their scope: answered as if it did not exist.
    const there = await staff.request(`${base(neighbour)}/room-activities`, {
      method: 'POST',
      json: { roomKey: 'culture-room', heldOn: '2025-06-01', topic: '戏曲进村', attendance: 40 },
    });
    expect(there.status).toBe(404);
    expect((await staff.request(`${base(neighbour)}/room-activities`)).status).toBe(404);
    const neighbours = (await (
      await host.countyAdmin.request(`${base(neighbour)}/room-activities`)
    ).json()) as { total: number };
    expect(neighbours.total).toBe(0);
  });

  it('refuses station staff what only village admins may do: add a station’s staff (village admins keep them)', async () => {
    const staff = await host.userAt('station-staff', home);
    const refused = await staff.request(`${base(home)}/staff`, {
      method: 'POST',
      json: { stationKey: 'help-station', name: '刘建华', post: '站长' },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/stations:/);
  });
});
