import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suburbanPlugin } from './server';

let host: PluginTestHost;
/** 上杨村's stand-in: the test county's suburban village. */
let village: string;

const base = (villageId: string) => `/api/plugins/suburban/villages/${villageId}`;

async function fieldPaths(res: Response): Promise<string[]> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { errors: { path: string }[] };
  return body.errors.map((error) => error.path).sort();
}

async function addVolunteer(name: string, joinedOn = '2025-01-01'): Promise<string> {
  const res = await host.countyAdmin.request(`${base(village)}/volunteers`, {
    method: 'POST',
    json: { name, isPartyMember: name.endsWith('党员'), joinedOn },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [suburbanPlugin] });
  village = host.county.villages.suburban;
  await host.enable('suburban', village);
});
afterAll(() => host.close());

describe('城郊型: the catalogue', () => {
  it('has the 村落社区志愿者协会 and the offices of the committee building with what each handles', () => {
    expect(suburbanPlugin.villageTypes).toEqual(['suburban']);
    expect(suburbanPlugin.associations?.map((a) => [a.name['zh-CN'], a.hasPartyBranch])).toEqual([
      ['村落社区志愿者协会', false],
    ]);
    expect(suburbanPlugin.serviceStations?.map((s) => s.name['zh-CN'])).toEqual([
      '党员服务办公室',
      '民政办公室',
      '劳动就业办公室',
      '法律咨询办公室',
      '家政服务办公室',
    ]);
    for (const office of suburbanPlugin.serviceStations ?? [])
      expect(office.services.length).toBeGreaterThan(1);
  });

  it('shows the offices with the hours, and the room and person on duty the village set', async () => {
    const saved = await host.countyAdmin.request(`${base(village)}/offices/legal-advice-office`, {
      method: 'PUT',
      json: { room: '一楼 104 室', onDuty: '司法所周律师（每周四）' },
    });
    expect(saved.status).toBe(200);
    const res = await host.countyAdmin.request(`${base(village)}/offices`);
    const { items } = (await res.json()) as { items: { key: string; openingHours: string; desk: unknown }[] };
    expect(items.find((o) => o.key === 'legal-advice-office')).toMatchObject({
      desk: { room: '一楼 104 室', onDuty: '司法所周律师（每周四）', phone: null },
    });
    expect(items.find((o) => o.key === 'civil-affairs-office')?.desk).toBeNull();
    expect(items[0]?.openingHours).toContain('周一至周五');
    const unknown = await host.countyAdmin.request(`${base(village)}/offices/tax-office`, {
      method: 'PUT',
      json: { room: '1', onDuty: '某' },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('城郊型: volunteers, service records and hours', () => {
  it("records a volunteer's hours and sums them per volunteer and per month", async () => {
    const wang = await addVolunteer('王党员');
    const li = await addVolunteer('李大姐');
    const record = (json: unknown) =>
      host.countyAdmin.request(`${base(village)}/service-records`, { method: 'POST', json });
    const first = await record({
      servedOn: '2026-03-05',
      kind: 'dedication-day',
      place: '村主干道',
      description: '党员奉献日清扫村道',
      entries: [
        { volunteerId: wang, hours: 2.5 },
        { volunteerId: li, hours: 2 },
      ],
    });
    expect(first.status).toBe(201);
    expect(((await first.json()) as { items: { volunteerName: string; hours: number }[] }).items).toEqual([
      expect.objectContaining({ volunteerName: '王党员', hours: 2.5 }),
      expect.objectContaining({ volunteerName: '李大姐', hours: 2 }),
    ]);
    await record({
      servedOn: '2026-03-20',
      kind: 'elder-care',
      description: '看望独居老人',
      entries: [{ volunteerId: wang, hours: 1.5 }],
    });
    await record({
      servedOn: '2026-04-02',
      kind: 'environment',
      description: '池塘清淤',
      entries: [{ volunteerId: li, hours: 3.3 }],
    });

    const report = await host.countyAdmin.request(`${base(village)}/volunteer-hours?year=2026`);
    expect(await report.json()).toEqual({
      year: 2026,
      hours: 9.3,
      monthlyHoursGoal: 4,
      byVolunteer: [
        {
          volunteerId: li,
          name: '李大姐',
          hours: 5.3,
          records: 2,
          months: { '2026-03': 2, '2026-04': 3.3 },
          monthsAtGoal: 0,
        },
        {
          volunteerId: wang,
          name: '王党员',
          hours: 4,
          records: 2,
          months: { '2026-03': 4 },
          monthsAtGoal: 1,
        },
      ],
      byMonth: [
        { month: '2026-03', hours: 6, records: 3, volunteers: 2 },
        { month: '2026-04', hours: 3.3, records: 1, volunteers: 1 },
      ],
    });

    const march = await host.countyAdmin.request(
      `${base(village)}/service-records?month=2026-03&volunteerId=${wang}`,
    );
    expect(await march.json()).toMatchObject({
      total: 2,
      items: [
        { description: '看望独居老人', hours: 1.5 },
        { description: '党员奉献日清扫村道', hours: 2.5 },
      ],
    });
    const empty = await host.countyAdmin.request(`${base(village)}/volunteer-hours?year=2025`);
    expect(await empty.json()).toMatchObject({ hours: 0, byVolunteer: [], byMonth: [] });
  });

  it('keeps a volunteer who left apart, with their hours', async () => {
    const zhao = await addVolunteer('赵师傅', '2024-05-01');
    const left = await host.countyAdmin.request(`${base(village)}/volunteers/${zhao}`, {
      method: 'PATCH',
      json: { leftOn: '2026-02-01' },
    });
    expect(left.status).toBe(200);
    const former = await host.countyAdmin.request(`${base(village)}/volunteers?hasLeft=true`);
    expect(await former.json()).toMatchObject({ total: 1, items: [{ name: '赵师傅' }] });
    const current = await host.countyAdmin.request(`${base(village)}/volunteers`);
    expect(((await current.json()) as { items: { name: string }[] }).items.map((v) => v.name)).not.toContain(
      '赵师傅',
    );
  });

  it('names each bad field, and a volunteer not of this village', async () => {
    const wang = await addVolunteer('孙志愿者');
    const bad = await host.countyAdmin.request(`${base(village)}/service-records`, {
      method: 'POST',
      json: {
        servedOn: '2099-01-01',
        kind: 'party',
        description: '',
        entries: [{ volunteerId: wang, hours: 1.25 }],
      },
    });
    expect(await fieldPaths(bad)).toEqual(['description', 'entries.0.hours', 'kind', 'servedOn']);
    const stranger = await host.countyAdmin.request(`${base(village)}/service-records`, {
      method: 'POST',
      json: {
        servedOn: '2026-03-01',
        kind: 'other',
        description: '帮忙',
        entries: [
          { volunteerId: wang, hours: 1 },
          { volunteerId: wang, hours: 1 },
          { volunteerId: host.county.villages.suburban, hours: 1 },
        ],
      },
    });
    expect(await fieldPaths(stranger)).toEqual(['entries.1.volunteerId', 'entries.2.volunteerId']);
    const volunteer = await host.countyAdmin.request(`${base(village)}/volunteers`, {
      method: 'POST',
      json: { name: '', isPartyMember: 'no', joinedOn: '2026-01-01', mobile: '12' },
    });
    expect(await fieldPaths(volunteer)).toEqual(['isPartyMember', 'mobile', 'name']);
    expect(
      await fieldPaths(await host.countyAdmin.request(`${base(village)}/service-records?month=2026-3`)),
    ).toEqual(['month']);
  });
});

describe('城郊型: a villager asks the association for volunteers through the host', () => {
  it('becomes a service request at the volunteer association', async () => {
    const res = await host.countyAdmin.request('/api/forms/suburban/volunteer-help-request/submissions', {
      method: 'POST',
      json: {
        villageId: village,
        idempotencyKey: 'suburban-help-0001',
        villager: { name: '钱奶奶', phone: '13800138000' },
        data: {
          kind: 'elder-care',
          description: '腿脚不便，想请志愿者每周帮忙买菜',
          address: { group: '三组', detail: '8 号' },
        },
      },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      station: 'suburban:volunteer-association',
      serviceRequest: { status: 'submitted' },
    });
  });
});

describe('城郊型: who may see what', () => {
  it("keeps another county's user out (404) and changes nothing", async () => {
    for (const path of ['/offices', '/volunteers', '/service-records', '/volunteer-hours']) {
      expect((await host.otherCountyAdmin.request(`${base(village)}${path}`)).status).toBe(404);
    }
    const write = await host.otherCountyAdmin.request(`${base(village)}/volunteers`, {
      method: 'POST',
      json: { name: '外县人', isPartyMember: false, joinedOn: '2026-01-01' },
    });
    expect(write.status).toBe(404);
    const office = await host.otherCountyAdmin.request(`${base(village)}/offices/civil-affairs-office`, {
      method: 'PUT',
      json: { room: '外县', onDuty: '外县' },
    });
    expect(office.status).toBe(404);
    const offices = await host.countyAdmin.request(`${base(village)}/offices`);
    expect(JSON.stringify(await offices.json())).not.toContain('外县');
  });

  it('keeps the village admin of another village out, and answers 404 to ids that are not UUIDs', async () => {
    expect((await host.villageAdmin.request(`${base(village)}/volunteers`)).status).toBe(404);
    expect(
      (await host.countyAdmin.request(`${base(village)}/volunteers/zzz`, { method: 'PATCH', json: {} }))
        .status,
    ).toBe(404);
  });
});
