import { createPluginTestHost, type PluginTestHost } from '@cunshe/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industryChainPlugin } from './server';

let host: PluginTestHost;
/** 潭江村's stand-in: the village admin's own industry-chain village. */
let village: string;

const base = (villageId: string) => `/api/plugins/industry-chain/villages/${villageId}`;

async function fieldPaths(res: Response): Promise<string[]> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { errors: { path: string }[] };
  return body.errors.map((error) => error.path).sort();
}

beforeAll(async () => {
  host = await createPluginTestHost({ plugins: [industryChainPlugin] });
  village = host.county.villages['industry-chain'];
  await host.enable('industry-chain', village);
});
afterAll(() => host.close());

describe('产业型: the catalogue', () => {
  it('names the four associations of 潭江村, three with their own party branch', () => {
    expect(industryChainPlugin.villageTypes).toEqual(['industry-chain']);
    expect(industryChainPlugin.associations?.map((a) => [a.name['zh-CN'], a.hasPartyBranch])).toEqual([
      ['实用技术人才协会', false],
      ['民营经济协会', true],
      ['蚕桑协会', true],
      ['生猪协会', true],
    ]);
  });

  it('shows each association with its members, officers, branch and forms', async () => {
    const res = await host.villageAdmin.request(`${base(village)}/associations`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      meetingDay: string;
      items: { key: string; branchName?: { 'zh-CN': string }; forms: { key: string }[] }[];
    };
    expect(body.meetingDay).toBe('每月 10 日');
    expect(body.items.map((a) => a.branchName?.['zh-CN'] ?? null)).toEqual([
      null,
      '民营经济协会党支部',
      '蚕桑协会党支部',
      '生猪协会党支部',
    ]);
    expect(body.items[2]?.forms.map((f) => f.key)).toEqual([
      'join-sericulture',
      'technical-help-sericulture',
    ]);
  });
});

describe('产业型: members, officers and party branches', () => {
  it('keeps members and officers of an association, officers first, and members who left apart', async () => {
    const join = (json: unknown) =>
      host.villageAdmin.request(`${base(village)}/associations/sericulture/members`, {
        method: 'POST',
        json,
      });
    const joined = await join({ name: '黄蚕农', scale: '桑园 12 亩', joinedOn: '2025-03-01' });
    expect(joined.status).toBe(201);
    const { id } = (await joined.json()) as { id: string };
    await join({ name: '吴会长', officerTitle: 'president', joinedOn: '2020-05-01', mobile: '13700000002' });
    await join({ name: '邓秘书长', officerTitle: 'secretary-general', joinedOn: '2021-05-01' });
    await join({ name: '周养蚕', joinedOn: '2024-04-01' });

    const list = await host.villageAdmin.request(`${base(village)}/associations/sericulture/members`);
    expect(await list.json()).toMatchObject({
      total: 4,
      items: [{ name: '吴会长' }, { name: '邓秘书长' }, { name: '周养蚕' }, { name: '黄蚕农' }],
    });
    const left = await host.villageAdmin.request(`${base(village)}/members/${id}`, {
      method: 'PATCH',
      json: { leftOn: '2026-01-10' },
    });
    expect(left.status).toBe(200);
    const current = await host.villageAdmin.request(
      `${base(village)}/associations/sericulture/members?isOfficer=false`,
    );
    expect(await current.json()).toMatchObject({ total: 1, items: [{ name: '周养蚕' }] });
    const former = await host.villageAdmin.request(
      `${base(village)}/associations/sericulture/members?hasLeft=true`,
    );
    expect(await former.json()).toMatchObject({ total: 1, items: [{ name: '黄蚕农' }] });

    const overview = (await (await host.villageAdmin.request(`${base(village)}/associations`)).json()) as {
      items: { key: string; memberCount: number; officers: { name: string }[] }[];
    };
    expect(overview.items.find((a) => a.key === 'sericulture')).toMatchObject({
      memberCount: 3,
      officers: [{ name: '吴会长' }, { name: '邓秘书长' }],
    });
  });

  it('keeps the members of an association’s party branch, secretary first', async () => {
    const add = (json: unknown) =>
      host.villageAdmin.request(`${base(village)}/associations/pig-farming/branch-members`, {
        method: 'POST',
        json,
      });
    expect((await add({ name: '彭党员', post: 'member', joinedPartyOn: '2010-07-01' })).status).toBe(201);
    const secretary = await add({ name: '罗书记', post: 'secretary' });
    const { id } = (await secretary.json()) as { id: string };
    const list = await host.villageAdmin.request(`${base(village)}/associations/pig-farming/branch-members`);
    expect(await list.json()).toMatchObject({ total: 2, items: [{ name: '罗书记' }, { name: '彭党员' }] });
    const changed = await host.villageAdmin.request(`${base(village)}/branch-members/${id}`, {
      method: 'PATCH',
      json: { post: 'deputy-secretary' },
    });
    expect(await changed.json()).toMatchObject({ post: 'deputy-secretary' });
    expect(
      (await host.villageAdmin.request(`${base(village)}/branch-members/${id}`, { method: 'DELETE' })).status,
    ).toBe(204);
  });

  it('has no party branch for 实用技术人才协会 and no such association as 茶叶协会', async () => {
    const noBranch = await host.villageAdmin.request(
      `${base(village)}/associations/practical-tech-talent/branch-members`,
    );
    expect(noBranch.status).toBe(404);
    const noAssociation = await host.villageAdmin.request(`${base(village)}/associations/tea/members`);
    expect(noAssociation.status).toBe(404);
  });

  it('names each bad field', async () => {
    const member = await host.villageAdmin.request(`${base(village)}/associations/pig-farming/members`, {
      method: 'POST',
      json: { name: '', officerTitle: 'king', joinedOn: '2099-01-01', mobile: '110' },
    });
    expect(await fieldPaths(member)).toEqual(['joinedOn', 'mobile', 'name', 'officerTitle']);
    const branch = await host.villageAdmin.request(
      `${base(village)}/associations/sericulture/branch-members`,
      {
        method: 'POST',
        json: { name: '某人', post: 'chairman' },
      },
    );
    expect(await fieldPaths(branch)).toEqual(['post']);
    const joined = await host.villageAdmin.request(`${base(village)}/associations/pig-farming/members`, {
      method: 'POST',
      json: { name: '新会员', joinedOn: '2025-06-01' },
    });
    const { id } = (await joined.json()) as { id: string };
    const early = await host.villageAdmin.request(`${base(village)}/members/${id}`, {
      method: 'PATCH',
      json: { leftOn: '2025-01-01' },
    });
    expect(await fieldPaths(early)).toEqual(['leftOn']);
  });
});

describe('产业型: a farmer asks the sericulture association for technical help, through the host', () => {
  it('becomes a service request that lands with the sericulture association', async () => {
    const res = await host.villageAdmin.request(
      '/api/forms/industry-chain/technical-help-sericulture/submissions',
      {
        method: 'POST',
        json: {
          villageId: village,
          idempotencyKey: 'industry-chain-help-0001',
          villager: { name: '黄蚕农' },
          data: { subject: '蚕病', problem: '五龄蚕发白、不吃叶', urgency: 'urgent', wantsVisit: true },
        },
      },
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      station: 'industry-chain:sericulture',
      serviceRequest: { status: 'submitted' },
    });
  });
});

describe('产业型: who may see what', () => {
  it("keeps another county's user out (404) and changes nothing", async () => {
    for (const path of [
      '/associations',
      '/associations/sericulture/members',
      '/associations/sericulture/branch-members',
    ]) {
      expect((await host.otherCountyAdmin.request(`${base(village)}${path}`)).status).toBe(404);
    }
    const write = await host.otherCountyAdmin.request(`${base(village)}/associations/sericulture/members`, {
      method: 'POST',
      json: { name: '外县人', joinedOn: '2025-01-01' },
    });
    expect(write.status).toBe(404);
    const list = await host.countyAdmin.request(
      `${base(village)}/associations/sericulture/members?hasLeft=false`,
    );
    expect(((await list.json()) as { items: { name: string }[] }).items.map((m) => m.name)).not.toContain(
      '外县人',
    );
  });

  it('answers 404 in a village without the plugin and to ids that are not UUIDs', async () => {
    expect(
      (await host.countyAdmin.request(`${base(host.county.villages.suburban)}/associations`)).status,
    ).toBe(404);
    expect(
      (await host.villageAdmin.request(`${base(village)}/members/abc`, { method: 'PATCH', json: {} })).status,
    ).toBe(404);
  });
});
