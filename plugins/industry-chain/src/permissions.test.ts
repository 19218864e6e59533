import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industryChainPlugin } from './server';

let host: PluginTestHost;
/** The village of the plugin's type, and a neighbour of another type where the county enabled it too. */
let home: string;
let neighbour: string;

const base = (villageId: string) => `/api/plugins/industry-chain/villages/${villageId}`;

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [industryChainPlugin] });
  home = host.county.villages['industry-chain'];
  neighbour = host.county.villages.industrial;
  await host.enable('industry-chain', home);
  await host.enable('industry-chain', neighbour, '试点：邻村的服务延伸到这里');
});
afterAll(() => host.close());

describe('产业型: who may do what', () => {
  it('lets a viewer read but never write', async () => {
    const viewer = await host.userAt('viewer', home);
    expect((await viewer.request(`${base(home)}/associations/sericulture/members`)).status).toBe(200);
    const res = await viewer.request(`${base(home)}/associations/sericulture/members`, {
      method: 'POST',
      json: { name: '黄金水', scale: '桑园 20 亩', joinedOn: '2025-03-01' },
    });
    expect(res.status).toBe(403);
    const listed = (await (
      await viewer.request(`${base(home)}/associations/sericulture/members`)
    ).json()) as { total: number };
    expect(listed.total).toBe(0);
  });

  it('lets station staff record a member of the 蚕桑协会 at their village only', async () => {
    const staff = await host.userAt('station-staff', home);
    const here = await staff.request(`${base(home)}/associations/sericulture/members`, {
      method: 'POST',
      json: { name: '黄金水', scale: '桑园 20 亩', joinedOn: '2025-03-01' },
    });
    expect(here.status).toBe(201);
    // Another village of the same county is outside their scope: answered as if it did not exist.
    const there = await staff.request(`${base(neighbour)}/associations/sericulture/members`, {
      method: 'POST',
      json: { name: '黄金水', scale: '桑园 20 亩', joinedOn: '2025-03-01' },
    });
    expect(there.status).toBe(404);
    expect((await staff.request(`${base(neighbour)}/associations/sericulture/members`)).status).toBe(404);
    const neighbours = (await (
      await host.countyAdmin.request(`${base(neighbour)}/associations/sericulture/members`)
    ).json()) as { total: number };
    expect(neighbours.total).toBe(0);
  });

  it('refuses station staff what only village admins may do: keep the association’s party branch (village admins keep it)', async () => {
    const staff = await host.userAt('station-staff', home);
    const refused = await staff.request(`${base(home)}/associations/sericulture/branch-members`, {
      method: 'POST',
      json: { name: '黄金水', post: 'secretary' },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/industry-chain:/);
  });
});
