import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stationsPlugin } from './server';

let host: PluginTestHost;
let village: string;
let neighbour: string;

const base = (villageId: string) => `/api/plugins/stations/villages/${villageId}`;
// Days in China (Asia/Shanghai), where a date field's `today` is counted: at 23:30 UTC it is the next day there.
const chinaDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
const today = chinaDay();
const tomorrow = chinaDay(1);

async function fieldPaths(res: Response): Promise<string[]> {
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as { errors: { path: string }[] };
  return body.errors.map((error) => error.path).sort();
}

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [stationsPlugin] });
  village = host.county.villages['industry-chain'];
  neighbour = host.county.villages.suburban;
  await host.enable('stations', village);
  await host.enable('stations', neighbour);
});
afterAll(() => host.close());

describe('四站两室: the catalogue', () => {
  it('names the four stations and two rooms as the seed does', () => {
    expect(stationsPlugin.villageTypes).toBe('any');
    expect(stationsPlugin.serviceStations?.map((s) => [s.name['zh-CN'], s.category])).toEqual([
      ['求助服务站', 'station'],
      ['农业服务站', 'station'],
      ['医疗服务站', 'station'],
      ['治安警务站', 'station'],
      ['宣教活动室', 'room'],
      ['文化活动室', 'room'],
    ]);
    for (const station of stationsPlugin.serviceStations ?? [])
      expect(station.services.length).toBeGreaterThan(0);
  });

  it('is listed by the host with its stations and forms', async () => {
    const res = await host.countyAdmin.request('/api/plugins');
    const { items } = (await res.json()) as {
      items: {
        id: string;
        catalogue: { serviceStations: unknown[]; forms: { key: string; station: string }[] };
      }[];
    };
    const stations = items.find((item) => item.id === 'stations');
    expect(stations?.catalogue.serviceStations).toHaveLength(6);
    expect(stations?.catalogue.forms).toContainEqual(
      expect.objectContaining({ key: 'help-request', station: 'help-station' }),
    );
  });
});

describe('四站两室: stations, hours and staff', () => {
  it('shows each station with the default hours, then the hours the village set', async () => {
    let res = await host.villageAdmin.request(`${base(village)}/stations`);
    expect(res.status).toBe(200);
    let body = (await res.json()) as { items: { key: string; openingHours: string; formKey: string }[] };
    expect(body.items.map((s) => s.key)).toEqual([
      'help-station',
      'agriculture-station',
      'medical-station',
      'police-station',
      'publicity-room',
      'culture-room',
    ]);
    expect(body.items[3]).toMatchObject({ openingHours: '全天 24 小时值守', formKey: 'police-request' });

    const saved = await host.countyAdmin.request(`/api/villages/${village}/plugins/stations/settings`, {
      method: 'PUT',
      json: { values: { medicalStationHours: '每天 7:30-18:00' } },
    });
    expect(saved.status).toBe(200);
    res = await host.villageAdmin.request(`${base(village)}/stations`);
    body = (await res.json()) as typeof body;
    expect(body.items.find((s) => s.key === 'medical-station')?.openingHours).toBe('每天 7:30-18:00');
  });

  it('lets village staff add, change, list and remove a station’s staff', async () => {
    const added = await host.villageAdmin.request(`${base(village)}/staff`, {
      method: 'POST',
      json: { stationKey: 'medical-station', name: '王医生', post: '乡村医生', mobile: '138 0013 8000' },
    });
    expect(added.status).toBe(201);
    const member = (await added.json()) as { id: string; mobile: string };
    expect(member.mobile).toBe('13800138000');
    await host.villageAdmin.request(`${base(village)}/staff`, {
      method: 'POST',
      json: { stationKey: 'police-station', name: '李辅警', post: '驻村辅警' },
    });

    const changed = await host.villageAdmin.request(`${base(village)}/staff/${member.id}`, {
      method: 'PATCH',
      json: { post: '站长' },
    });
    expect(await changed.json()).toMatchObject({ name: '王医生', post: '站长' });

    const medical = await host.villageAdmin.request(`${base(village)}/staff?station=medical-station`);
    expect(await medical.json()).toMatchObject({
      total: 1,
      page: 1,
      pageSize: 20,
      items: [{ name: '王医生' }],
    });
    const stations = (await (await host.villageAdmin.request(`${base(village)}/stations`)).json()) as {
      items: { key: string; staff: { name: string }[] }[];
    };
    expect(stations.items.find((s) => s.key === 'police-station')?.staff).toEqual([
      expect.objectContaining({ name: '李辅警' }),
    ]);

    const removed = await host.villageAdmin.request(`${base(village)}/staff/${member.id}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
    const again = await host.villageAdmin.request(`${base(village)}/staff/${member.id}`, {
      method: 'DELETE',
    });
    expect(again.status).toBe(404);

    const audit = await host.countyAdmin.request('/api/audit?action=stations.staff.added');
    expect(((await audit.json()) as { items: unknown[] }).items).toHaveLength(2);
  });

  it('names each bad field of a staff member', async () => {
    const res = await host.villageAdmin.request(`${base(village)}/staff`, {
      method: 'POST',
      json: { stationKey: 'fire-station', name: '', post: '站长', mobile: '12345' },
    });
    expect(await fieldPaths(res)).toEqual(['mobile', 'name', 'stationKey']);
    const notJson = await host.villageAdmin.request(`${base(village)}/staff`, {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(await fieldPaths(notJson)).toEqual(['(body)']);
    const badQuery = await host.villageAdmin.request(`${base(village)}/staff?pageSize=500`);
    expect(await fieldPaths(badQuery)).toEqual(['pageSize']);
  });
});

describe('四站两室: the rooms’ activity log', () => {
  it('records activities with date, topic and attendance, and totals them by room', async () => {
    const record = (json: unknown) =>
      host.villageAdmin.request(`${base(village)}/room-activities`, { method: 'POST', json });
    expect(
      (
        await record({
          roomKey: 'publicity-room',
          heldOn: today,
          topic: '学习实践科学发展观',
          attendance: 32,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await record({
          roomKey: 'culture-room',
          heldOn: '2026-10-01',
          topic: '国庆文艺演出',
          attendance: 120,
          note: '村文艺队',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await record({
          roomKey: 'publicity-room',
          heldOn: '2026-09-15',
          topic: '党员远程教育',
          attendance: 18,
        })
      ).status,
    ).toBe(201);

    const all = await host.villageAdmin.request(`${base(village)}/room-activities`);
    expect(await all.json()).toMatchObject({
      total: 3,
      attendance: 170,
      items: [{ topic: '学习实践科学发展观' }, { topic: '国庆文艺演出' }, { topic: '党员远程教育' }],
    });
    const publicity = await host.villageAdmin.request(
      `${base(village)}/room-activities?room=publicity-room&from=2026-09-01`,
    );
    expect(await publicity.json()).toMatchObject({ total: 2, attendance: 50 });
  });

  it('names each bad field of an activity', async () => {
    const res = await host.villageAdmin.request(`${base(village)}/room-activities`, {
      method: 'POST',
      json: { roomKey: 'help-station', heldOn: tomorrow, topic: '', attendance: -3 },
    });
    expect(await fieldPaths(res)).toEqual(['attendance', 'heldOn', 'roomKey', 'topic']);
    const badFilter = await host.villageAdmin.request(
      `${base(village)}/room-activities?room=kitchen&from=yesterday`,
    );
    expect(await fieldPaths(badFilter)).toEqual(['from', 'room']);
  });
});

describe('四站两室: a request at a station, through the host', () => {
  it('becomes a service request at the agricultural service station', async () => {
    const res = await host.villageAdmin.request('/api/forms/stations/agriculture-request/submissions', {
      method: 'POST',
      json: {
        villageId: village,
        idempotencyKey: 'stations-agri-0001',
        villager: { name: '罗大伯' },
        data: { topic: 'pest-control', crop: '水稻', area: 8, problem: '稻飞虱', wantsVisit: true },
      },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      station: 'stations:agriculture-station',
      serviceRequest: { status: 'submitted' },
    });
  });
});

describe('四站两室: who may see what', () => {
  it("keeps another county's user out (404) and changes nothing", async () => {
    for (const path of ['/stations', '/staff', '/room-activities']) {
      expect((await host.otherCountyAdmin.request(`${base(village)}${path}`)).status).toBe(404);
    }
    const write = await host.otherCountyAdmin.request(`${base(village)}/staff`, {
      method: 'POST',
      json: { stationKey: 'help-station', name: '外县人', post: '站长' },
    });
    expect(write.status).toBe(404);
    const staff = await host.countyAdmin.request(`${base(village)}/staff?station=help-station`);
    expect(((await staff.json()) as { total: number }).total).toBe(0);
  });

  it('keeps a village admin to their own village, and a village without the plugin answers 404', async () => {
    expect((await host.villageAdmin.request(`${base(neighbour)}/stations`)).status).toBe(404);
    expect((await host.countyAdmin.request(`${base(neighbour)}/stations`)).status).toBe(200);
    expect(
      (await host.countyAdmin.request(`${base(host.county.villages['market-town'])}/stations`)).status,
    ).toBe(404);
  });

  it('answers 404 to ids that are not UUIDs', async () => {
    expect((await host.villageAdmin.request(`${base('not-a-village')}/stations`)).status).toBe(404);
    expect((await host.villageAdmin.request(`${base(village)}/staff/42`, { method: 'DELETE' })).status).toBe(
      404,
    );
  });
});
