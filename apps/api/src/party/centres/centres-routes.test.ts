import { createSession, createUser } from '@cunshe/auth';
import { createTestCounty } from '@cunshe/auth/testing';
import { auditLog, partyCentres } from '@cunshe/db/schema';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../../auth/test-kit';
import { createPartyTestWorld, type PartyTestWorld } from '../party-test-kit';

type Centre = {
  id: string;
  level: 'village' | 'township';
  villageId: string | null;
  townshipId: string;
  townshipName: string;
  kind: string;
  name: string;
  services: string[];
  activityCount: number;
  version: number;
};
type Problem = { errors?: { path: string; message: string }[] };
type Page = { items: Centre[]; total: number; page: number; pageSize: number };

let world: PartyTestWorld;

const base = {
  kind: 'activity',
  name: '一村党员活动中心',
  services: ['party-member-services', 'legal-advice'],
  address: '村委会二楼',
  openingHours: '周一至周五 8:30-17:30',
  personInCharge: '王建华',
};

beforeAll(async () => {
  world = await createPartyTestWorld();
});
afterAll(() => world.database.close());

const paths = (res: { body: unknown }) => ((res.body as Problem).errors ?? []).map((e) => e.path).sort();

describe('creating a centre', () => {
  it('names the fields: a village and a township both, neither, a blank name, a service twice or unknown', async () => {
    const { v11 } = world.villages;
    const { t1 } = world.townships;
    const both = await world.call('county', 'POST', '/api/party/centres', {
      ...base,
      villageId: v11.id,
      townshipId: t1.id,
    });
    expect(both.status).toBe(400);
    expect(paths(both)).toEqual(['townshipId', 'villageId']);
    const neither = await world.call('county', 'POST', '/api/party/centres', base);
    expect(neither.status).toBe(400);
    expect(paths(neither)).toEqual(['townshipId', 'villageId']);
    const blank = await world.call('county', 'POST', '/api/party/centres', {
      ...base,
      villageId: v11.id,
      name: '  ',
    });
    expect(paths(blank)).toEqual(['name']);
    const twice = await world.call('county', 'POST', '/api/party/centres', {
      ...base,
      villageId: v11.id,
      services: ['employment', 'civil-affairs', 'employment'],
    });
    expect(paths(twice)).toEqual(['services.2']);
    const unknown = await world.call('county', 'POST', '/api/party/centres', {
      ...base,
      villageId: v11.id,
      services: ['employment', 'haircuts'],
      kind: 'sports',
    });
    expect(unknown.status).toBe(400);
    expect(paths(unknown)).toEqual(['kind', 'services.1']);
    const count = await world.database.withTenant(
      world.county.tenantId,
      async (tx) => (await tx.select().from(partyCentres)).length,
    );
    expect(count).toBe(0);
  });

  it('keeps one centre of each kind per village, with its services, audited', async () => {
    const created = await world.call<Centre>('village', 'POST', '/api/party/centres', {
      ...base,
      villageId: world.villages.v11.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      level: 'village',
      villageId: world.villages.v11.id,
      townshipId: world.townships.t1.id,
      kind: 'activity',
      services: ['party-member-services', 'legal-advice'],
      activityCount: 0,
      version: 1,
    });
    const again = await world.call('village', 'POST', '/api/party/centres', {
      ...base,
      name: '另一个活动中心',
      villageId: world.villages.v11.id,
    });
    expect(again.status).toBe(409);
    const audit = await world.database.withTenant(world.county.tenantId, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'party-centre.created'), eq(auditLog.entityId, created.body.id))),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(world.users.village.id);
  });

  it('lets the county and the township keep a township’s centres, not a village’s user', async () => {
    const { t1, t2 } = world.townships;
    const township = await world.call<Centre>('township', 'POST', '/api/party/centres', {
      ...base,
      kind: 'education-training',
      name: '镇一党员教育培训中心',
      townshipId: t1.id,
    });
    expect(township.status).toBe(201);
    expect(township.body).toMatchObject({ level: 'township', villageId: null, townshipId: t1.id });
    const byVillage = await world.call('village', 'POST', '/api/party/centres', {
      ...base,
      kind: 'service',
      townshipId: t1.id,
    });
    expect(byVillage.status).toBe(403);
    const otherTownship = await world.call('township', 'POST', '/api/party/centres', {
      ...base,
      townshipId: t2.id,
    });
    expect(otherTownship.status).toBe(404);
    const outsideVillage = await world.call('village', 'POST', '/api/party/centres', {
      ...base,
      villageId: world.villages.v12.id,
    });
    expect(outsideVillage.status).toBe(404);
    // The village reads its township's centre, but may not change it.
    const read = await world.call<Centre>('village', 'GET', `/api/party/centres/${township.body.id}`);
    expect(read.status).toBe(200);
    const change = await world.call('village', 'PATCH', `/api/party/centres/${township.body.id}`, {
      version: 1,
      name: '改名',
    });
    expect(change.status).toBe(403);
    const viewer = await world.call('viewer', 'POST', '/api/party/centres', {
      ...base,
      kind: 'service',
      villageId: world.villages.v21.id,
    });
    expect(viewer.status).toBe(403);
  });
});

describe('listing centres', () => {
  it('filters by village, township and kind, one page at a time, within the caller’s scope', async () => {
    await world.call('county', 'POST', '/api/party/centres', {
      ...base,
      kind: 'service',
      name: '二一村便民服务中心',
      services: ['civil-affairs', 'employment', 'housekeeping'],
      villageId: world.villages.v21.id,
    });
    const all = await world.call<Page>('county', 'GET', '/api/party/centres');
    expect(all.body.total).toBe(3);
    const township = await world.call<Page>(
      'county',
      'GET',
      `/api/party/centres?townshipId=${world.townships.t1.id}`,
    );
    expect(township.body.items.map((c) => c.level)).toEqual(['township', 'village']);
    const village = await world.call<Page>(
      'county',
      'GET',
      `/api/party/centres?villageId=${world.villages.v21.id}`,
    );
    expect(village.body.items.map((c) => c.name)).toEqual(['二一村便民服务中心']);
    const kind = await world.call<Page>('county', 'GET', '/api/party/centres?kind=education-training');
    expect(kind.body.items.map((c) => c.kind)).toEqual(['education-training']);
    const first = await world.call<Page>('county', 'GET', '/api/party/centres?pageSize=2&page=2');
    expect(first.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(first.body.items).toHaveLength(1);
    // 村1-2's admin sees its township's centre and none of 村1-1's or 村2-1's.
    const other = await world.call<Page>('otherVillage', 'GET', '/api/party/centres');
    expect(other.body.items.map((c) => c.level)).toEqual(['township']);
    const township1 = await world.call<Page>('township', 'GET', '/api/party/centres');
    expect(township1.body.total).toBe(2);
  });
});

describe('changing and deleting a centre', () => {
  it('refuses a stale version, counts linked activities, and unlinks them when the centre goes', async () => {
    const centre = (
      await world.call<Centre>('county', 'POST', '/api/party/centres', {
        ...base,
        kind: 'service',
        name: '一村便民服务中心',
        villageId: world.villages.v11.id,
      })
    ).body;
    const changed = await world.call<Centre>('village', 'PATCH', `/api/party/centres/${centre.id}`, {
      version: 1,
      services: ['civil-affairs', 'employment'],
      openingHours: '周一至周日 8:00-18:00',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, services: ['civil-affairs', 'employment'] });
    const stale = await world.call('township', 'PATCH', `/api/party/centres/${centre.id}`, {
      version: 1,
      name: '旧版本的改名',
    });
    expect(stale.status).toBe(409);
    const clash = await world.call<Problem>('village', 'PATCH', `/api/party/centres/${centre.id}`, {
      version: 2,
      kind: 'activity',
    });
    expect(clash.status).toBe(409);

    const elsewhere = (
      await world.call<Centre>('county', 'GET', `/api/party/centres?villageId=${world.villages.v21.id}`)
    ).body as unknown as Page;
    const foreign = await world.call('village', 'POST', '/api/party/activities', {
      villageId: world.villages.v11.id,
      centreId: elsewhere.items[0]?.id,
      kind: 'volunteer-team',
      title: '志愿服务',
      startedOn: '2024-04-01',
    });
    expect(paths(foreign)).toEqual(['centreId']);
    const activity = await world.call<{ id: string; centreId: string }>(
      'village',
      'POST',
      '/api/party/activities',
      {
        villageId: world.villages.v11.id,
        centreId: centre.id,
        kind: 'volunteer-team',
        title: '便民服务日',
        startedOn: '2024-04-01',
      },
    );
    expect(activity.status).toBe(201);
    expect(activity.body.centreId).toBe(centre.id);
    const counted = await world.call<Centre>('village', 'GET', `/api/party/centres/${centre.id}`);
    expect(counted.body.activityCount).toBe(1);

    const staleDelete = await world.call('village', 'DELETE', `/api/party/centres/${centre.id}?version=1`);
    expect(staleDelete.status).toBe(409);
    const deleted = await world.call('village', 'DELETE', `/api/party/centres/${centre.id}?version=2`);
    expect(deleted.status).toBe(204);
    expect((await world.call('village', 'GET', `/api/party/centres/${centre.id}`)).status).toBe(404);
    const kept = await world.call<{ centreId: string | null }>(
      'village',
      'GET',
      `/api/party/activities/${activity.body.id}`,
    );
    expect(kept.body.centreId).toBeNull();
    const audit = await world.database.withTenant(world.county.tenantId, (tx) =>
      tx
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityId, centre.id), like(auditLog.action, 'party-centre.%'))),
    );
    expect(audit.map((a) => a.action).sort()).toEqual([
      'party-centre.created',
      'party-centre.deleted',
      'party-centre.updated',
    ]);
  });
});

describe('another county', () => {
  it('can neither read nor change the county’s centres, nor create one in its villages or townships', async () => {
    const centre = (
      await world.call<Centre>('county', 'POST', '/api/party/centres', {
        ...base,
        kind: 'activity',
        name: '二一村党员活动中心',
        villageId: world.villages.v21.id,
      })
    ).body;
    const other = await createTestCounty(world.database, { code: '990102', name: '邻县' });
    const admin = await createUser(world.database, {
      tenantId: other.tenantId,
      username: 'centre-neighbour-admin',
      password: 'party test password',
      role: 'county-admin',
      displayName: '邻县管理员',
    });
    const { token } = await world.database.withPlatform((tx) =>
      createSession(tx, { userId: admin.id, tenantId: other.tenantId }),
    );
    const as = (method: string, path: string, json?: unknown) =>
      world.app.request(path, asUser(token, { method, ...(json !== undefined ? { json } : {}) }));
    expect((await as('GET', `/api/party/centres/${centre.id}`)).status).toBe(404);
    const list = (await (await as('GET', '/api/party/centres?pageSize=100')).json()) as Page;
    expect(list.total).toBe(0);
    expect(
      (await as('PATCH', `/api/party/centres/${centre.id}`, { version: 1, name: '邻县改名' })).status,
    ).toBe(404);
    expect((await as('DELETE', `/api/party/centres/${centre.id}?version=1`)).status).toBe(404);
    const intoVillage = await as('POST', '/api/party/centres', {
      ...base,
      kind: 'service',
      villageId: world.villages.v11.id,
    });
    expect(intoVillage.status).toBe(404);
    const intoTownship = await as('POST', '/api/party/centres', {
      ...base,
      kind: 'service',
      townshipId: world.townships.t2.id,
    });
    expect(intoTownship.status).toBe(404);
    const own = await as('POST', '/api/party/centres', {
      ...base,
      villageId: other.townships[0]?.villages[0]?.id,
    });
    expect(own.status).toBe(201);
    const rows = await world.database.withTenant(world.county.tenantId, (tx) =>
      tx.select().from(partyCentres).where(eq(partyCentres.id, centre.id)),
    );
    expect(rows).toMatchObject([{ name: '二一村党员活动中心', version: 1 }]);
  });
});
