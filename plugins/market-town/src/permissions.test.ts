import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketTownPlugin } from './server';

let host: PluginTestHost;
/** The village of the plugin's type, and a neighbour of another type where the county enabled it too. */
let home: string;
let neighbour: string;

const base = (villageId: string) => `/api/plugins/market-town/villages/${villageId}`;

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [marketTownPlugin] });
  home = host.county.villages['market-town'];
  neighbour = host.county.villages.suburban;
  await host.enable('market-town', home);
  await host.enable('market-town', neighbour, '试点：邻村的服务延伸到这里');
});
afterAll(() => host.close());

describe('集镇型: who may do what', () => {
  it('lets a viewer read but never write', async () => {
    const viewer = await host.userAt('viewer', home);
    expect((await viewer.request(`${base(home)}/floating-members`)).status).toBe(200);
    const res = await viewer.request(`${base(home)}/floating-members`, {
      method: 'POST',
      json: {
        name: '陈志勇',
        mobile: '13800005001',
        destination: '广东省东莞市',
        management: 'joint',
        leftOn: '2024-08-01',
      },
    });
    expect(res.status).toBe(403);
    const listed = (await (await viewer.request(`${base(home)}/floating-members`)).json()) as {
      total: number;
    };
    expect(listed.total).toBe(0);
  });

  it('lets station staff register a floating party member at their village only', async () => {
    const staff = await host.userAt('station-staff', home);
    const here = await staff.request(`${base(home)}/floating-members`, {
      method: 'POST',
      json: {
        name: '陈志勇',
        mobile: '13800005001',
        destination: '广东省东莞市',
        management: 'joint',
        leftOn: '2024-08-01',
      },
    });
    expect(here.status).toBe(201);
    // Another village of the same county is outside their scope: answered as if it did not exist.
    const there = await staff.request(`${base(neighbour)}/floating-members`, {
      method: 'POST',
      json: {
        name: '陈志勇',
        mobile: '13800005001',
        destination: '广东省东莞市',
        management: 'joint',
        leftOn: '2024-08-01',
      },
    });
    expect(there.status).toBe(404);
    expect((await staff.request(`${base(neighbour)}/floating-members`)).status).toBe(404);
    const neighbours = (await (
      await host.countyAdmin.request(`${base(neighbour)}/floating-members`)
    ).json()) as { total: number };
    expect(neighbours.total).toBe(0);
  });
});
