import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from './server';

let host: PluginTestHost;
let village: string;

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [plugin] });
  village = host.county.villages['industry-chain'];
  await host.enable('__id__', village);
});
afterAll(() => host.close());

describe('__name_en__', () => {
  it('lets village staff add a member and list them with the settings', async () => {
    const added = await host.villageAdmin.request(`/api/plugins/__id__/villages/${village}/members`, {
      method: 'POST',
      json: { name: '李四', mobile: '13800138000' },
    });
    expect(added.status).toBe(201);
    const listed = await host.villageAdmin.request(`/api/plugins/__id__/villages/${village}/members`);
    expect(await listed.json()).toMatchObject({ meetingDay: '每月1日', items: [{ name: '李四' }] });
  });

  it('names the bad field of an application', async () => {
    const res = await host.villageAdmin.request(`/api/plugins/__id__/villages/${village}/members`, {
      method: 'POST',
      json: { name: '', mobile: '12345' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path).sort()).toEqual(['mobile', 'name']);
  });

  it("keeps another county's user out", async () => {
    const res = await host.otherCountyAdmin.request(`/api/plugins/__id__/villages/${village}/members`);
    expect(res.status).toBe(404);
  });
});
