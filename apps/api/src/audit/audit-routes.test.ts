import { createUser } from '@cunshe/auth';
import { createTestCounty, type TestCounty } from '@cunshe/auth/testing';
import type { Database } from '@cunshe/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { asUser, createTestApp, logIn } from '../auth/test-kit';

let app: App;
let database: Database;
let county: TestCounty;
let admin: string;
let adminId: string;
const password = 'correct horse';

interface Entry {
  action: string;
  entity: string;
  entityId: string | null;
  actorId: string | null;
  actorName: string | null;
  at: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}
interface Page {
  items: Entry[];
  total: number;
  page: number;
  pageSize: number;
}

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  county = await createTestCounty(database, { code: '361003', name: '东乡区' });
  const other = await createTestCounty(database, { code: '110101', name: '东城区' });
  adminId = (
    await createUser(database, {
      tenantId: county.tenantId,
      username: 'admin',
      password,
      role: 'county-admin',
      displayName: '县管理员',
    })
  ).id;
  await createUser(database, {
    tenantId: county.tenantId,
    username: 'kan',
    password,
    role: 'viewer',
    displayName: '看客',
  });
  await createUser(database, {
    tenantId: other.tenantId,
    username: 'other',
    password,
    role: 'county-admin',
    displayName: '别县',
  });
  admin = await logIn(app, 'admin', password);
  await logIn(app, 'other', password);
  await app.request(
    '/api/auth/login',
    asUser(undefined, { method: 'POST', json: { username: 'kan', password: 'wrong wrong' } }),
  );
  await app.request(
    '/api/users',
    asUser(admin, {
      method: 'POST',
      json: {
        username: 'xinjian',
        displayName: '新建村管理员',
        role: 'village-admin',
        villageId: county.townships[0]?.villages[0]?.id,
      },
    }),
  );
});
afterAll(() => database.close());

const read = async (query: string, token = admin) => {
  const res = await app.request(`/api/audit${query}`, asUser(token));
  return { status: res.status, body: (await res.json()) as Page };
};

describe('GET /api/audit', () => {
  it('shows the county’s logins, failed logins and invitations, newest first', async () => {
    const { status, body } = await read('');
    expect(status).toBe(200);
    expect(body.items.map((e) => e.action)).toEqual(['user.invited', 'auth.login-failed', 'auth.login']);
    const invited = body.items[0];
    expect(invited).toMatchObject({ actorId: adminId, actorName: '县管理员', entity: 'user' });
    expect(invited?.requestId).toBeTruthy();
    expect(JSON.stringify(invited?.after)).toContain('xinjian');
    expect(body.items.every((e) => !JSON.stringify(e).includes('别县'))).toBe(true);
  });

  it('filters by actor, entity, action and dates, a page at a time', async () => {
    expect((await read(`?actor=${adminId}`)).body.items.map((e) => e.action)).toEqual([
      'user.invited',
      'auth.login',
    ]);
    expect((await read('?action=auth.login-failed')).body.total).toBe(1);
    expect((await read('?entity=village')).body.total).toBe(0);
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    expect((await read(`?from=${today}&to=${today}`)).body.total).toBe(3);
    expect((await read('?to=2000-01-01')).body.total).toBe(0);
    expect(
      (await read(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body.total,
    ).toBe(0);
    const paged = await read('?page=2&pageSize=2');
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.body.items).toHaveLength(1);
  });

  it('names a bad filter and refuses anyone without audit:read', async () => {
    const bad = await app.request('/api/audit?actor=nope&from=yesterday', asUser(admin));
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['actor', 'from']);
    const viewer = await logIn(app, 'kan', password);
    expect((await read('', viewer)).status).toBe(403);
    expect((await app.request('/api/audit')).status).toBe(401);
  });
});
