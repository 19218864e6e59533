import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketTownPlugin } from './server';

let host: PluginTestHost;
/** 陈桥村's stand-in: the test county's market-town village. */
let village: string;

const base = (villageId: string) => `/api/plugins/market-town/villages/${villageId}`;
// Today in China (Asia/Shanghai), where a date field's `today` is counted.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
let submissions = 0;

async function fieldPaths(res: Response): Promise<string[]> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { errors: { path: string }[] };
  return body.errors.map((error) => error.path).sort();
}

/** A villager's agency request submitted at the point through the host's forms; answers its id. */
async function submitAgencyRequest(villager: string, description: string): Promise<string> {
  submissions += 1;
  const res = await host.countyAdmin.request('/api/forms/market-town/agency-request/submissions', {
    method: 'POST',
    json: {
      villageId: village,
      idempotencyKey: `market-town-agency-${submissions}`,
      villager: { name: villager, phone: '13900000009' },
      data: {
        matter: 'household-and-id',
        description,
        documents: '户口本、旧身份证',
        hasLeftOriginals: true,
      },
    },
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: string; station: string };
  expect(body.station).toBe('market-town:convenience-point');
  return body.id;
}

async function transition(id: string, to: string, note?: string) {
  const current = (await (await host.countyAdmin.request(`/api/service-requests/${id}`)).json()) as {
    request: { version: number };
  };
  const res = await host.countyAdmin.request(`/api/service-requests/${id}/transitions`, {
    method: 'POST',
    json: { to, version: current.request.version, ...(note ? { note } : {}) },
  });
  expect(res.status).toBe(200);
}

/** The host's service request of an agency request: its status, version and the moves of its timeline. */
async function coreRequest(id: string) {
  const res = await host.countyAdmin.request(`/api/service-requests/${id}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    request: { status: string; version: number };
    events: { kind: string; from: string | null; to: string | null; actor: { name: string } }[];
  };
  const moves = body.events.filter((e) => e.kind === 'transition').map((e) => `${e.from}->${e.to}`);
  return { status: body.request.status, version: body.request.version, moves };
}

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [marketTownPlugin] });
  village = host.county.villages['market-town'];
  await host.enable('market-town', village);
});
afterAll(() => host.close());

describe('集镇型: the catalogue', () => {
  it('has the 便民服务点 and the 流动党员服务点', async () => {
    expect(marketTownPlugin.villageTypes).toEqual(['market-town']);
    expect(marketTownPlugin.serviceStations?.map((s) => [s.name['zh-CN'], s.category])).toEqual([
      ['便民服务点', 'convenience-point'],
      ['流动党员服务点', 'floating-member-point'],
    ]);
    const res = await host.countyAdmin.request(`${base(village)}/service-points`);
    expect(await res.json()).toMatchObject({
      countyTripDays: '每周二、周五进城送件取件',
      items: [{ forms: [{ key: 'agency-request' }] }, { forms: [{ key: 'floating-member-registration' }] }],
    });
  });
});

describe('集镇型: an agency request goes to the county town and comes back', () => {
  it('is received on submission, sent, brought back and returned to the villager, moving the request along', async () => {
    const id = await submitAgencyRequest('陈大爷', '换领第二代身份证');
    const listed = await host.countyAdmin.request(`${base(village)}/agency-requests?stage=received`);
    expect(await listed.json()).toMatchObject({
      total: 1,
      items: [{ id, stage: 'received' }],
      counts: { received: 1 },
    });
    expect(await coreRequest(id)).toMatchObject({ status: 'submitted', moves: [] });

    const step = (json: unknown) =>
      host.countyAdmin.request(`${base(village)}/agency-requests/${id}/steps`, { method: 'POST', json });
    expect(
      (
        await step({
          to: 'sent',
          countyOffice: '县公安局户政大厅',
          carried: '户口本、旧身份证、照片回执',
          on: today,
        })
      ).status,
    ).toBe(200);
    expect(await coreRequest(id)).toMatchObject({
      status: 'in-progress',
      moves: ['submitted->accepted', 'accepted->in-progress'],
    });
    expect((await step({ to: 'result-back', result: '新身份证已制好，带回', on: today })).status).toBe(200);
    expect((await coreRequest(id)).moves).toHaveLength(2);
    const returned = await step({ to: 'returned', note: '本人签收', on: today });
    expect(await returned.json()).toMatchObject({
      stage: 'returned',
      countyOffice: '县公安局户政大厅',
      sentByName: 'county-a-admin',
      result: '新身份证已制好，带回',
      returnedOn: today,
    });
    expect(await coreRequest(id)).toMatchObject({
      status: 'resolved',
      moves: ['submitted->accepted', 'accepted->in-progress', 'in-progress->resolved'],
    });

    const audit = await host.countyAdmin.request('/api/audit?action=market-town.agency-request.returned');
    expect(((await audit.json()) as { items: unknown[] }).items).toHaveLength(1);
    const moved = await host.countyAdmin.request(
      `/api/audit?action=service-request.transitioned&entityId=${id}`,
    );
    expect(((await moved.json()) as { items: unknown[] }).items).toHaveLength(3);
  });

  it('moves a request the station already accepted only as far as it is not', async () => {
    const id = await submitAgencyRequest('陈三叔', '新农合报销');
    await transition(id, 'accepted');
    const step = (json: unknown) =>
      host.countyAdmin.request(`${base(village)}/agency-requests/${id}/steps`, { method: 'POST', json });
    await step({ to: 'sent', countyOffice: '县医保局', carried: '发票', on: today });
    expect(await coreRequest(id)).toMatchObject({
      status: 'in-progress',
      moves: ['submitted->accepted', 'accepted->in-progress'],
    });
  });

  it('refuses a step out of order (409) and a step dated before the previous one (400)', async () => {
    const id = await submitAgencyRequest('陈大娘', '办理高龄补贴');
    const step = (json: unknown) =>
      host.countyAdmin.request(`${base(village)}/agency-requests/${id}/steps`, { method: 'POST', json });
    expect((await step({ to: 'returned', on: today })).status).toBe(409);
    expect((await step({ to: 'sent', countyOffice: '县民政局', carried: '申请表', on: today })).status).toBe(
      200,
    );
    expect((await step({ to: 'sent', countyOffice: '县民政局', carried: '申请表', on: today })).status).toBe(
      409,
    );
    expect(await fieldPaths(await step({ to: 'result-back', result: '已批', on: '2020-01-01' }))).toEqual([
      'on',
    ]);
    expect(await fieldPaths(await step({ to: 'result-back', result: '', on: 'tomorrow' }))).toEqual([
      'on',
      'result',
    ]);
    expect(await fieldPaths(await step({ to: 'lost' }))).toEqual(['to']);
  });

  it('stops the trip when the station rejects the request', async () => {
    const id = await submitAgencyRequest('陈二哥', '补办结婚证');
    await transition(id, 'rejected', '须本人到场办理');
    const res = await host.countyAdmin.request(`${base(village)}/agency-requests/${id}`);
    expect(await res.json()).toMatchObject({ stage: 'cancelled' });
  });
});

describe('集镇型: floating party members', () => {
  it('registers members, records check-ins and activities, and shows who is overdue', async () => {
    const register = async (json: unknown) => {
      const res = await host.countyAdmin.request(`${base(village)}/floating-members`, {
        method: 'POST',
        json,
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const hu = await register({
      name: '胡党员',
      mobile: '13900000011',
      destination: '浙江省义乌市',
      work: '小商品市场经营',
      management: 'joint',
      certificateNumber: '东流党证 2026-017',
      leftOn: '2026-02-20',
    });
    await register({
      name: '徐党员',
      mobile: '13900000012',
      destination: '广东省东莞市',
      management: 'proxy',
      leftOn: '2020-03-01',
    });

    const record = (json: unknown) =>
      host.countyAdmin.request(`${base(village)}/floating-members/${hu}/records`, { method: 'POST', json });
    expect(
      (
        await record({
          kind: 'check-in',
          happenedOn: today,
          place: '义乌市流动党员党支部',
          channel: 'online',
          description: '季度报到',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await record({
          kind: 'activity',
          happenedOn: today,
          place: '义乌市',
          description: '参加流入地党支部主题党日',
        })
      ).status,
    ).toBe(201);

    const list = await host.countyAdmin.request(`${base(village)}/floating-members`);
    expect(await list.json()).toMatchObject({
      total: 2,
      overdue: 1,
      items: [
        { name: '徐党员', lastCheckInOn: null, isCheckInOverdue: true },
        { name: '胡党员', lastCheckInOn: today, isCheckInOverdue: false, management: 'joint' },
      ],
    });
    const records = await host.countyAdmin.request(`${base(village)}/floating-members/${hu}/records`);
    expect(await records.json()).toMatchObject({ total: 2 });

    const back = await host.countyAdmin.request(`${base(village)}/floating-members/${hu}`, {
      method: 'PATCH',
      json: { returnedOn: today },
    });
    expect(back.status).toBe(200);
    const away = await host.countyAdmin.request(`${base(village)}/floating-members`);
    expect(await away.json()).toMatchObject({ total: 1 });
    const everyone = await host.countyAdmin.request(`${base(village)}/floating-members?isAway=false`);
    expect(await everyone.json()).toMatchObject({ total: 2 });
  });

  it('names each bad field', async () => {
    const member = await host.countyAdmin.request(`${base(village)}/floating-members`, {
      method: 'POST',
      json: { name: '', mobile: '1390000', destination: '外地', management: 'remote', leftOn: '2026-01-01' },
    });
    expect(await fieldPaths(member)).toEqual(['management', 'mobile', 'name']);
    const list = (await (
      await host.countyAdmin.request(`${base(village)}/floating-members?isAway=false`)
    ).json()) as {
      items: { id: string }[];
    };
    const id = list.items[0]?.id;
    const record = await host.countyAdmin.request(`${base(village)}/floating-members/${id}/records`, {
      method: 'POST',
      json: { kind: 'check-in', happenedOn: today, place: '外地', channel: 'pigeon', description: '' },
    });
    expect(await fieldPaths(record)).toEqual(['channel', 'description']);
  });
});

describe('集镇型: who may see what', () => {
  it("keeps another county's user out (404) and changes nothing", async () => {
    for (const path of ['/service-points', '/agency-requests', '/floating-members']) {
      expect((await host.otherCountyAdmin.request(`${base(village)}${path}`)).status).toBe(404);
    }
    const list = (await (await host.countyAdmin.request(`${base(village)}/agency-requests`)).json()) as {
      items: { id: string; stage: string }[];
    };
    const target = list.items.find((item) => item.stage === 'sent');
    const step = await host.otherCountyAdmin.request(`${base(village)}/agency-requests/${target?.id}/steps`, {
      method: 'POST',
      json: { to: 'result-back', result: '外县篡改', on: today },
    });
    expect(step.status).toBe(404);
    const after = await host.countyAdmin.request(`${base(village)}/agency-requests/${target?.id}`);
    expect(await after.json()).toMatchObject({ stage: 'sent', result: null });
    const core = await coreRequest(target?.id ?? '');
    expect(core.status).toBe('in-progress');
    expect(core.moves).toHaveLength(2);
  });

  it('keeps the village admin of another village out, and answers 404 to ids that are not UUIDs', async () => {
    expect((await host.villageAdmin.request(`${base(village)}/agency-requests`)).status).toBe(404);
    expect((await host.countyAdmin.request(`${base(village)}/agency-requests/nope`)).status).toBe(404);
    expect((await host.countyAdmin.request(`${base(village)}/floating-members/nope/records`)).status).toBe(
      404,
    );
  });
});
