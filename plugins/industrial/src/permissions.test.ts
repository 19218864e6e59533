import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industrialPlugin } from './server';

let host: PluginTestHost;
/** The village of the plugin's type, and a neighbour of another type where the county enabled it too. */
let home: string;
let neighbour: string;

const base = (villageId: string) => `/api/plugins/industrial/villages/${villageId}`;

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [industrialPlugin] });
  home = host.county.villages.industrial;
  neighbour = host.county.villages['industry-chain'];
  await host.enable('industrial', home);
  await host.enable('industrial', neighbour, '试点：邻村的服务延伸到这里');
});
afterAll(() => host.close());

describe('工业型: who may do what', () => {
  it('lets a viewer read but never write', async () => {
    const viewer = await host.userAt('viewer', home);
    expect((await viewer.request(`${base(home)}/job-seekers`)).status).toBe(200);
    const res = await viewer.request(`${base(home)}/job-seekers`, {
      method: 'POST',
      json: {
        name: '王建军',
        gender: 'male',
        birthYear: 1979,
        education: 'senior',
        desiredWork: '电焊工',
        canWorkShifts: true,
      },
    });
    expect(res.status).toBe(403);
    const listed = (await (await viewer.request(`${base(home)}/job-seekers`)).json()) as { total: number };
    expect(listed.total).toBe(0);
  });

  it('lets station staff register a job seeker at their village only', async () => {
    const staff = await host.userAt('station-staff', home);
    const here = await staff.request(`${base(home)}/job-seekers`, {
      method: 'POST',
      json: {
        name: '王建军',
        gender: 'male',
        birthYear: 1979,
        education: 'senior',
        desiredWork: '电焊工',
        canWorkShifts: true,
      },
    });
    expect(here.status).toBe(201);
    // Another village of the same county is outside their scope: answered as if it did not exist.
    const there = await staff.request(`${base(neighbour)}/job-seekers`, {
      method: 'POST',
      json: {
        name: '王建军',
        gender: 'male',
        birthYear: 1979,
        education: 'senior',
        desiredWork: '电焊工',
        canWorkShifts: true,
      },
    });
    expect(there.status).toBe(404);
    expect((await staff.request(`${base(neighbour)}/job-seekers`)).status).toBe(404);
    const neighbours = (await (await host.countyAdmin.request(`${base(neighbour)}/job-seekers`)).json()) as {
      total: number;
    };
    expect(neighbours.total).toBe(0);
  });

  it('refuses station staff what only village admins may do: keep the 一岗双责 record (village admins keep it)', async () => {
    const staff = await host.userAt('station-staff', home);
    const refused = await staff.request(`${base(home)}/cadre-duties`, {
      method: 'POST',
      json: {
        cadreName: '李书记',
        post: '党支部书记',
        partyBuildingDuty: '抓党建',
        serviceDuty: '联系社保局服务点',
      },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/industrial:/);
  });
});
