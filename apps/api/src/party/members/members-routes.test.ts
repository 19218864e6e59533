import { createSession, createUser } from '@cunshe/auth';
import { createTestCounty } from '@cunshe/auth/testing';
import { rowsOf } from '@cunshe/db';
import { auditLog, partyMembers } from '@cunshe/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../../auth/test-kit';
import { createPartyTestWorld, type PartyTestWorld } from '../party-test-kit';

let world: PartyTestWorld;
let branch11: string;
let branch12: string;
let branch21: string;
let group11: string;

type Member = Record<string, unknown> & { id: string; idNumberMasked: string };
type Problem = { errors?: { path: string; message: string }[]; detail?: string };

const base = { name: '李红', joinedOn: '2005-07-01', phone: '138 0013 8000' };

function paths(body: unknown): string[] {
  return ((body as Problem).errors ?? []).map((e) => e.path).sort();
}

beforeAll(async () => {
  world = await createPartyTestWorld();
  const create = async (villageId: string, name: string, extra: Record<string, unknown> = {}) => {
    const res = await world.call<{ id: string }>('county', 'POST', '/api/party/organizations', {
      villageId,
      kind: 'branch',
      name,
      ...extra,
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  branch11 = await create(world.villages.v11.id, '村1-1党支部');
  branch12 = await create(world.villages.v12.id, '村1-2党支部');
  branch21 = await create(world.villages.v21.id, '村2-1党支部');
  group11 = (
    await world.call<{ id: string }>('village', 'POST', '/api/party/organizations', {
      villageId: world.villages.v11.id,
      kind: 'party-group',
      name: '第一党小组',
      parentId: branch11,
    })
  ).body.id;
});

afterAll(() => world.database.close());

describe('members by category', () => {
  it('adds a resident member: ID validated, gender from the ID, phone normalised, ID masked', async () => {
    const idNumber = world.newIdNumber('female');
    const res = await world.call<Member>('village', 'POST', '/api/party/members', {
      ...base,
      organizationId: branch11,
      groupId: group11,
      idNumber: idNumber.toLowerCase(),
      phone: '＋８６ １３８-００１３-８０００',
      category: 'resident',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      gender: 'female',
      phone: '13800138000',
      phoneMasked: '138****8000',
      idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
      groupName: '第一党小组',
      canRevealIdNumber: true,
      canManage: true,
    });
    expect(JSON.stringify(res.body)).not.toContain(idNumber);
  });

  it("requires each category's own fields, naming each missing one", async () => {
    const attempt = (category: string, extra: Record<string, unknown> = {}) =>
      world.call('village', 'POST', '/api/party/members', {
        ...base,
        organizationId: branch11,
        idNumber: world.newIdNumber(),
        category,
        ...extra,
      });
    expect(paths((await attempt('in-service')).body)).toEqual(['employerName', 'employerPartyOrganization']);
    expect(paths((await attempt('unemployed')).body)).toEqual(['registeredOn']);
    expect(paths((await attempt('floating')).body)).toEqual([
      'certificateNumber',
      'certificateValidFrom',
      'certificateValidUntil',
      'currentLocation',
      'managementMode',
    ]);
    const proxy = await attempt('floating', {
      certificateNumber: '赣流证2024-0001',
      certificateValidFrom: '2024-03-01',
      certificateValidUntil: '2024-02-01',
      currentLocation: '广东省东莞市',
      managementMode: 'proxy',
    });
    expect(paths(proxy.body)).toEqual(['certificateValidUntil', 'managingOrganizationName']);
  });

  it('stores each category with its rules: in-service keeps employer and residence branch, floating its certificate', async () => {
    const inService = await world.call<Member>('village', 'POST', '/api/party/members', {
      ...base,
      name: '王强',
      organizationId: branch11,
      idNumber: world.newIdNumber('male'),
      category: 'in-service',
      employerName: '东乡区人民医院',
      employerPartyOrganization: '东乡区人民医院党委',
      certificateNumber: 'ignored for in-service',
    });
    expect(inService.status).toBe(201);
    expect(inService.body).toMatchObject({
      employerName: '东乡区人民医院',
      employerPartyOrganization: '东乡区人民医院党委',
      organizationName: '村1-1党支部',
      certificateNumber: null,
    });
    const floating = await world.call<Member>('village', 'POST', '/api/party/members', {
      ...base,
      name: '张伟',
      organizationId: branch11,
      idNumber: world.newIdNumber('male', '1990-02-28'),
      joinedOn: '2012-07-01',
      category: 'floating',
      certificateNumber: '赣流证2024-0002',
      certificateValidFrom: '2024-01-01',
      certificateValidUntil: '2024-12-31',
      currentLocation: '浙江省义乌市',
      managementMode: 'joint',
      managingOrganizationName: '义乌市流动党员党支部',
    });
    expect(floating.status).toBe(201);
    expect(floating.body).toMatchObject({ managementMode: 'joint', isCertificateExpired: true });
    const unemployed = await world.call<Member>('village', 'POST', '/api/party/members', {
      ...base,
      name: '赵敏',
      organizationId: branch11,
      idNumber: world.newIdNumber(),
      category: 'unemployed',
      registeredOn: '2020-01-10',
    });
    expect(unemployed.body).toMatchObject({ registeredOn: '2020-01-10', isContactOverdue: true });
    const contact = await world.call('village', 'POST', `/api/party/members/${unemployed.body.id}/contacts`, {
      contactedOn: new Date().toISOString().slice(0, 10),
      method: 'visit',
      note: '上门走访，了解再就业需求',
    });
    expect(contact.status).toBe(201);
    const after = await world.call<Member>('village', 'GET', `/api/party/members/${unemployed.body.id}`);
    expect(after.body).toMatchObject({ isContactOverdue: false });
    const assessed = await world.call(
      'village',
      'POST',
      `/api/party/members/${unemployed.body.id}/assessments`,
      {
        period: '2024',
        assessedOn: '2024-12-20',
        result: 'competent',
      },
    );
    expect(assessed.status).toBe(201);
    const again = await world.call(
      'village',
      'POST',
      `/api/party/members/${unemployed.body.id}/assessments`,
      {
        period: '2024',
        assessedOn: '2024-12-21',
        result: 'excellent',
      },
    );
    expect(again.status).toBe(409);
    const notUnemployed = await world.call(
      'village',
      'POST',
      `/api/party/members/${inService.body.id}/contacts`,
      {
        contactedOn: '2024-01-01',
        method: 'phone',
        note: '电话联系',
      },
    );
    expect(notUnemployed.status).toBe(409);
  });

  it('changing the category checks the new category’s rules and clears the old one’s fields', async () => {
    const created = await world.call<Member>('village', 'POST', '/api/party/members', {
      ...base,
      name: '孙丽',
      organizationId: branch11,
      idNumber: world.newIdNumber(),
      category: 'in-service',
      employerName: '孝岗镇中心小学',
      employerPartyOrganization: '孝岗镇中心小学党支部',
    });
    const refused = await world.call('village', 'PATCH', `/api/party/members/${created.body.id}`, {
      category: 'floating',
    });
    expect(refused.status).toBe(400);
    const changed = await world.call<Member>('village', 'PATCH', `/api/party/members/${created.body.id}`, {
      category: 'unemployed',
      registeredOn: '2023-06-01',
    });
    expect(changed.body).toMatchObject({
      category: 'unemployed',
      employerName: null,
      registeredOn: '2023-06-01',
    });
  });

  it('refuses a bad ID number, an ID number already on the county’s books, a bad phone and a too-young member', async () => {
    const idNumber = world.newIdNumber();
    const wrongCheck = `${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}`;
    const res = await world.call<Problem>('village', 'POST', '/api/party/members', {
      ...base,
      organizationId: branch11,
      idNumber: wrongCheck,
      phone: '12345',
      category: 'resident',
      joinedOn: '1990-01-01',
    });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['idNumber', 'phone']);
    expect(JSON.stringify(res.body)).not.toContain(wrongCheck);
    const young = await world.call('village', 'POST', '/api/party/members', {
      ...base,
      organizationId: branch11,
      idNumber,
      category: 'resident',
      joinedOn: '1995-01-01',
    });
    expect(paths(young.body)).toEqual(['joinedOn']);
    await world.call('otherVillage', 'POST', '/api/party/members', {
      ...base,
      organizationId: branch12,
      idNumber,
      category: 'resident',
    });
    const twice = await world.call<Problem>('village', 'POST', '/api/party/members', {
      ...base,
      organizationId: branch11,
      idNumber,
      category: 'resident',
    });
    expect(paths(twice.body)).toEqual(['idNumber']);
    expect(JSON.stringify(twice.body)).not.toContain('村1-2');
  });
});

describe('personal data', () => {
  let member: Member;
  let idNumber: string;

  beforeAll(async () => {
    idNumber = world.newIdNumber('male', '1976-11-30');
    member = (
      await world.call<Member>('village', 'POST', '/api/party/members', {
        ...base,
        name: '陈刚',
        organizationId: branch11,
        idNumber,
        phone: '0086-139-0791-0000',
        category: 'resident',
      })
    ).body;
  });

  it('keeps no plain ID number in the database: sealed, keyed hash and mask only', async () => {
    const rows = await world.database.withTenant(world.county.tenantId, (tx) =>
      tx.execute(sql`select * from party_members where id = ${member.id}`),
    );
    const [row] = rowsOf<Record<string, unknown>>(rows);
    const raw = JSON.stringify(row);
    expect(raw).not.toContain(idNumber);
    expect(raw).not.toContain(idNumber.slice(6, 14)); // not even the birth date
    expect(row?.id_number_sealed).toMatch(/^pd1\./);
    expect(row?.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.id_number_masked).toBe(member.idNumberMasked);
  });

  it('finds a member by exact ID number (keyed hash) or phone in the body, and refuses digits in a URL', async () => {
    const byId = await world.call<{ items: Member[] }>('village', 'POST', '/api/party/members/lookup', {
      idNumber: ` ${idNumber.toLowerCase()} `,
    });
    expect(byId.body.items.map((m) => m.id)).toEqual([member.id]);
    const byPhone = await world.call<{ items: Member[] }>('village', 'POST', '/api/party/members/lookup', {
      phone: '+86 13907910000',
    });
    expect(byPhone.body.items.map((m) => m.id)).toEqual([member.id]);
    const outside = await world.call<{ items: Member[] }>(
      'otherVillage',
      'POST',
      '/api/party/members/lookup',
      {
        idNumber,
      },
    );
    expect(outside.body.items).toEqual([]);
    const inUrl = await world.call<Problem>('village', 'GET', `/api/party/members?q=${idNumber.slice(0, 6)}`);
    expect(inUrl.status).toBe(400);
    expect(paths(inUrl.body)).toEqual(['q']);
    expect((await world.call('viewer', 'POST', '/api/party/members/lookup', { idNumber })).status).toBe(403);
  });

  it('reveals the ID number only with party:reveal-id where the member is, auditing every reveal', async () => {
    const path = `/api/party/members/${member.id}/reveal-id`;
    expect((await world.call('viewer', 'POST', path)).status).toBe(403);
    expect((await world.call('staff', 'POST', path)).status).toBe(403);
    expect((await world.call('township', 'POST', path)).status).toBe(403);
    expect((await world.call('otherVillage', 'POST', path)).status).toBe(404);
    const page = await world.call<Member>('township', 'GET', `/api/party/members/${member.id}`);
    expect(page.body).toMatchObject({ canRevealIdNumber: false, canManage: true });
    const revealed = await world.call<{ idNumber: string }>('village', 'POST', path);
    expect(revealed).toEqual({ status: 200, body: { idNumber } });
    await world.call('county', 'POST', path);
    const entries = await world.database.withTenant(world.county.tenantId, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'party-member.id-revealed'), eq(auditLog.entityId, member.id))),
    );
    expect(entries.map((e) => e.actorId).sort()).toEqual(
      [world.users.village.id, world.users.county.id].sort(),
    );
    expect(JSON.stringify(entries)).not.toContain(idNumber);
  });

  it('never writes an ID or phone number into the audit log or a log line', async () => {
    const audit = await world.database.withTenant(world.county.tenantId, (tx) => tx.select().from(auditLog));
    const logged = JSON.stringify(audit) + world.logs.join('\n');
    expect(logged).not.toContain(idNumber);
    expect(logged).not.toContain('13907910000');
    expect(logged).not.toContain('13800138000');
    expect(world.logs.length).toBeGreaterThan(10);
  });
});

describe('lists and scope', () => {
  it('searches by name and filters by category, branch and village, masked, within the user’s villages', async () => {
    const all = await world.call<{ items: Member[]; total: number }>(
      'county',
      'GET',
      '/api/party/members?pageSize=100',
    );
    expect(all.body.total).toBeGreaterThanOrEqual(6);
    expect(
      all.body.items.every((m) => !('phone' in m) && String(m.idNumberMasked).includes('********')),
    ).toBe(true);
    const floating = await world.call<{ items: Member[] }>(
      'county',
      'GET',
      '/api/party/members?category=floating',
    );
    expect(floating.body.items.map((m) => m.name)).toEqual(['张伟']);
    const byName = await world.call<{ items: Member[] }>(
      'county',
      'GET',
      `/api/party/members?q=${encodeURIComponent('王')}`,
    );
    expect(byName.body.items.map((m) => m.name)).toEqual(['王强']);
    const inGroup = await world.call<{ items: Member[] }>(
      'county',
      'GET',
      `/api/party/members?organizationId=${group11}`,
    );
    expect(inGroup.body.items.map((m) => m.name)).toEqual(['李红']);
    const otherVillage = await world.call<{ items: Member[]; total: number }>(
      'otherVillage',
      'GET',
      '/api/party/members',
    );
    expect(otherVillage.body.items.every((m) => m.villageId === world.villages.v12.id)).toBe(true);
    const paged = await world.call<{ items: Member[]; total: number; page: number }>(
      'county',
      'GET',
      '/api/party/members?pageSize=2&page=2',
    );
    expect(paged.body).toMatchObject({ page: 2, pageSize: 2 });
    expect(paged.body.items).toHaveLength(2);
  });
});

describe('transfers', () => {
  it('moves a member between branches of the township, keeping the history', async () => {
    const member = (
      await world.call<Member>('village', 'POST', '/api/party/members', {
        ...base,
        name: '周敏',
        organizationId: branch11,
        groupId: group11,
        idNumber: world.newIdNumber(),
        category: 'resident',
      })
    ).body;
    const path = `/api/party/members/${member.id}/transfers`;
    const byVillage = await world.call('village', 'POST', path, {
      toOrganizationId: branch12,
      transferredOn: '2024-05-01',
    });
    expect(byVillage.status).toBe(404);
    const moved = await world.call<Member>('township', 'POST', path, {
      toOrganizationId: branch12,
      transferredOn: '2024-05-01',
      reason: '婚后迁居',
    });
    expect(moved.body).toMatchObject({
      villageId: world.villages.v12.id,
      organizationId: branch12,
      groupId: null,
    });
    const outOfTownship = await world.call('township', 'POST', path, {
      toOrganizationId: branch21,
      transferredOn: '2024-06-01',
    });
    expect(outOfTownship.status).toBe(404);
    const back = await world.call('county', 'POST', path, {
      toOrganizationId: branch21,
      transferredOn: '2024-09-01',
    });
    expect(back.status).toBe(200);
    const history = await world.call<{
      items: { fromOrganizationName: string; toOrganizationName: string }[];
    }>('county', 'GET', path);
    expect(history.body.items.map((t) => `${t.fromOrganizationName}→${t.toOrganizationName}`)).toEqual([
      '村1-2党支部→村2-1党支部',
      '村1-1党支部→村1-2党支部',
    ]);
    expect((await world.call('village', 'GET', `/api/party/members/${member.id}`)).status).toBe(404);
    await expect(
      world.database.withTenant(world.county.tenantId, (tx) =>
        tx.execute(sql`delete from party_member_transfers`),
      ),
    ).rejects.toThrow();
    const rows = await world.database.withTenant(world.county.tenantId, (tx) =>
      tx
        .select({ villageId: partyMembers.villageId })
        .from(partyMembers)
        .where(eq(partyMembers.id, member.id)),
    );
    expect(rows).toEqual([{ villageId: world.villages.v21.id }]);
  });
});

describe('another county', () => {
  it('reaches none of the county’s members, finds none by ID number, and may hold the same person itself', async () => {
    const idNumber = world.newIdNumber('male', '1966-06-06');
    const member = (
      await world.call<Member>('county', 'POST', '/api/party/members', {
        ...base,
        name: '跨县甲',
        organizationId: branch21,
        idNumber,
        category: 'resident',
      })
    ).body;
    const other = await createTestCounty(world.database, { code: '990102', name: '邻县' });
    const admin = await createUser(world.database, {
      tenantId: other.tenantId,
      username: 'neighbour-admin',
      password: 'party test password',
      role: 'county-admin',
      displayName: '邻县管理员',
    });
    const { token } = await world.database.withPlatform((tx) =>
      createSession(tx, { userId: admin.id, tenantId: other.tenantId }),
    );
    const as = (method: string, path: string, json?: unknown) =>
      world.app.request(path, asUser(token, { method, ...(json !== undefined ? { json } : {}) }));
    expect((await as('GET', `/api/party/members/${member.id}`)).status).toBe(404);
    expect((await as('POST', `/api/party/members/${member.id}/reveal-id`)).status).toBe(404);
    const list = (await (await as('GET', '/api/party/members?pageSize=100')).json()) as { total: number };
    expect(list.total).toBe(0);
    const found = (await (await as('POST', '/api/party/members/lookup', { idNumber })).json()) as {
      items: unknown[];
    };
    expect(found.items).toEqual([]);
    const transfer = await as('POST', `/api/party/members/${member.id}/transfers`, {
      toOrganizationId: branch11,
      transferredOn: '2024-01-01',
    });
    expect(transfer.status).toBe(404);
    const ownBranch = (await (
      await as('POST', '/api/party/organizations', {
        villageId: other.townships[0]?.villages[0]?.id,
        kind: 'branch',
        name: '邻县党支部',
      })
    ).json()) as { id: string };
    const intoOther = await as('POST', '/api/party/members', {
      ...base,
      organizationId: branch11,
      idNumber,
      category: 'resident',
    });
    expect(intoOther.status).toBe(404);
    const same = await as('POST', '/api/party/members', {
      ...base,
      organizationId: ownBranch.id,
      idNumber,
      category: 'resident',
    });
    expect(same.status).toBe(201);
    const sameId = ((await same.json()) as { id: string }).id;
    // The same person hashes differently in each county: the hash's context names the county.
    const hashes = await world.database.db.execute(
      sql`select id_number_hash from party_members where id in (${member.id}, ${sameId})`,
    );
    expect(new Set(rowsOf<{ id_number_hash: string }>(hashes).map((r) => r.id_number_hash)).size).toBe(2);
  });
});
