import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suburbanPlugin } from './server';

let host: PluginTestHost;
/** The village of the plugin's type, and a neighbour of another type where the county enabled it too. */
let home: string;
let neighbour: string;

const base = (villageId: string) => `/api/plugins/suburban/villages/${villageId}`;

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [suburbanPlugin] });
  home = host.county.villages.suburban;
  neighbour = host.county.villages['market-town'];
  await host.enable('suburban', home);
  await host.enable('suburban', neighbour, '试点：邻村的服务延伸到这里');
});
afterAll(() => host.close());

describe('城郊型: who may do what', () => {
  it('lets a viewer read but never write', async () => {
    const viewer = await host.userAt('viewer', home);
    expect((await viewer.request(`${base(home)}/volunteers`)).status).toBe(200);
    const res = await viewer.request(`${base(home)}/volunteers`, {
      method: 'POST',
      json: { name: '杨春华', isPartyMember: true, joinedOn: '2025-01-01' },
    });
    expect(res.status).toBe(403);
    const listed = (await (await viewer.request(`${base(home)}/volunteers`)).json()) as { total: number };
    expect(listed.total).toBe(0);
  });

  it('lets station staff register a volunteer at their village only', async () => {
    const staff = await host.userAt('station-staff', home);
    const here = await staff.request(`${base(home)}/volunteers`, {
      method: 'POST',
      json: { name: '杨春华', isPartyMember: true, joinedOn: '2025-01-01' },
    });
    expect(here.status).toBe(201);
    // Another village of the same county is outside their scope: answered as if it did not exist.
    const there = await staff.request(`${base(neighbour)}/volunteers`, {
      method: 'POST',
      json: { name: '杨春华', isPartyMember: true, joinedOn: '2025-01-01' },
    });
    expect(there.status).toBe(404);
    expect((await staff.request(`${base(neighbour)}/volunteers`)).status).toBe(404);
    const neighbours = (await (await host.countyAdmin.request(`${base(neighbour)}/volunteers`)).json()) as {
      total: number;
    };
    expect(neighbours.total).toBe(0);
  });

  it('refuses station staff what only village admins may do: set who sits in an office (village admins do)', async () => {
    const staff = await host.userAt('station-staff', home);
    const refused = await staff.request(`${base(home)}/offices/legal-advice-office`, {
      method: 'PUT',
      json: { room: '一楼 104 室', onDuty: '司法所周律师' },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/suburban:/);
  });
});
