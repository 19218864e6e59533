import { createUser } from '@cunshe/auth';
import { createTestCounty, type TestCounty } from '@cunshe/auth/testing';
import type { Database } from '@cunshe/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { asUser, createTestApp, logIn } from '../auth/test-kit';

let app: App;
let database: Database;
let county: TestCounty;
let other: TestCounty;
let admin: string;
let otherAdmin: string;
const password = 'correct horse';

interface UserJson {
  id: string;
  username: string;
  role: string;
  townshipId: string | null;
  villageId: string | null;
  isDisabled: boolean;
  mustChangePassword: boolean;
}

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  county = await createTestCounty(database, { code: '361003', name: '东乡区' });
  other = await createTestCounty(database, { code: '110101', name: '东城区' });
  await createUser(database, {
    tenantId: county.tenantId,
    username: 'admin',
    password,
    role: 'county-admin',
    displayName: '县管理员',
  });
  await createUser(database, {
    tenantId: other.tenantId,
    username: 'other',
    password,
    role: 'county-admin',
    displayName: '别县',
  });
  admin = await logIn(app, 'admin', password);
  otherAdmin = await logIn(app, 'other', password);
});
afterAll(() => database.close());

const villageId = () => county.townships[0]?.villages[0]?.id;

async function invite(body: Record<string, unknown>, token = admin) {
  return app.request('/api/users', asUser(token, { method: 'POST', json: body }));
}

describe('users', () => {
  it('invites a village admin whose initial password works once and must be changed', async () => {
    const res = await invite({
      username: 'xinjian',
      displayName: '新建村管理员',
      role: 'village-admin',
      villageId: villageId(),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { user: UserJson; initialPassword: string };
    expect(body.user).toMatchObject({
      username: 'xinjian',
      role: 'village-admin',
      villageId: villageId(),
      mustChangePassword: true,
    });
    expect(JSON.stringify(body.user)).not.toMatch(/argon|passwordHash/);
    const token = await logIn(app, 'xinjian', body.initialPassword);
    expect((await app.request('/api/users', asUser(token))).status).toBe(403);
  });

  it('names the bad field of an invitation', async () => {
    const notUuid = await invite({
      username: 'abc',
      displayName: 'x',
      role: 'village-admin',
      villageId: 'nope',
    });
    expect(notUuid.status).toBe(400);
    expect(await notUuid.json()).toMatchObject({ errors: [{ path: 'villageId' }] });
    const foreign = await invite({
      username: 'abc',
      displayName: 'x',
      role: 'village-admin',
      villageId: other.townships[0]?.villages[0]?.id,
    });
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toMatchObject({ errors: [{ path: 'villageId' }] });
    const operator = await invite({ username: 'abc', displayName: 'x', role: 'platform-operator' });
    expect(await operator.json()).toMatchObject({ status: 400, errors: [{ path: 'role' }] });
    const taken = await invite({ username: 'other', displayName: 'x', role: 'viewer' });
    expect(taken.status).toBe(409);
  });

  it('lists the county’s users a page at a time, searchable', async () => {
    for (const n of [1, 2, 3])
      await invite({ username: `page${n}`, displayName: `翻页${n}`, role: 'viewer' });
    const res = await app.request('/api/users?q=page&page=2&pageSize=2', asUser(admin));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: UserJson[]; total: number; page: number; pageSize: number };
    expect(body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(body.items.map((u) => u.username)).toEqual(['page3']);
    const all = (await (await app.request('/api/users?pageSize=100', asUser(admin))).json()) as {
      items: UserJson[];
    };
    expect(all.items.map((u) => u.username)).not.toContain('other');
    const tooBig = await app.request('/api/users?pageSize=1000', asUser(admin));
    expect(await tooBig.json()).toMatchObject({ status: 400, errors: [{ path: 'pageSize' }] });
  });

  it('changes role and scope', async () => {
    const created = (await (
      await invite({ username: 'mover', displayName: '调动', role: 'viewer' })
    ).json()) as { user: UserJson };
    const townshipId = county.townships[1]?.id;
    const res = await app.request(
      `/api/users/${created.user.id}`,
      asUser(admin, { method: 'PATCH', json: { role: 'township-admin', townshipId } }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'township-admin', townshipId, villageId: null });
    const bad = await app.request(
      `/api/users/${created.user.id}`,
      asUser(admin, { method: 'PATCH', json: { role: 'village-admin' } }),
    );
    expect(await bad.json()).toMatchObject({ status: 400, errors: [{ path: 'villageId' }] });
  });

  it('disabling a user ends their sessions at once', async () => {
    const created = (await (
      await invite({ username: 'leaver', displayName: '离开', role: 'viewer' })
    ).json()) as {
      user: UserJson;
      initialPassword: string;
    };
    const token = await logIn(app, 'leaver', created.initialPassword);
    expect((await app.request('/api/auth/me', asUser(token))).status).toBe(200);
    const res = await app.request(`/api/users/${created.user.id}/disable`, asUser(admin, { method: 'POST' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as UserJson).isDisabled).toBe(true);
    expect((await app.request('/api/auth/me', asUser(token))).status).toBe(401);
    const again = await app.request(
      '/api/auth/login',
      asUser(undefined, { method: 'POST', json: { username: 'leaver', password: created.initialPassword } }),
    );
    expect(again.status).toBe(401);
    const enabled = await app.request(
      `/api/users/${created.user.id}/enable`,
      asUser(admin, { method: 'POST' }),
    );
    expect(((await enabled.json()) as UserJson).isDisabled).toBe(false);
  });

  it('resets a password, ending the sessions', async () => {
    const created = (await (
      await invite({ username: 'forgetful', displayName: '健忘', role: 'viewer' })
    ).json()) as {
      user: UserJson;
      initialPassword: string;
    };
    const token = await logIn(app, 'forgetful', created.initialPassword);
    const res = await app.request(
      `/api/users/${created.user.id}/reset-password`,
      asUser(admin, { method: 'POST' }),
    );
    expect(res.status).toBe(200);
    const { initialPassword } = (await res.json()) as { initialPassword: string };
    expect(initialPassword).not.toBe(created.initialPassword);
    expect((await app.request('/api/auth/me', asUser(token))).status).toBe(401);
    await logIn(app, 'forgetful', initialPassword);
  });

  it('answers 404 for another county’s user, and changes nothing there', async () => {
    const theirs = (await (await app.request('/api/users', asUser(otherAdmin))).json()) as {
      items: UserJson[];
    };
    const target = theirs.items[0];
    if (!target) throw new Error('no user');
    for (const [method, path] of [
      ['PATCH', `/api/users/${target.id}`],
      ['POST', `/api/users/${target.id}/disable`],
      ['POST', `/api/users/${target.id}/reset-password`],
    ] as const) {
      const res = await app.request(
        path,
        asUser(admin, { method, json: method === 'PATCH' ? { displayName: 'x' } : undefined }),
      );
      expect(res.status, path).toBe(404);
    }
    await logIn(app, 'other', password);
  });

  it('refuses user management to everyone but county admins', async () => {
    await createUser(database, {
      tenantId: county.tenantId,
      username: 'xiang',
      password,
      role: 'township-admin',
      displayName: '乡管理员',
      townshipId: county.townships[0]?.id,
    });
    const township = await logIn(app, 'xiang', password);
    expect((await app.request('/api/users', asUser(township))).status).toBe(403);
    expect(
      (await invite({ username: 'sneaky', displayName: 'x', role: 'county-admin' }, township)).status,
    ).toBe(403);
    expect((await app.request('/api/users')).status).toBe(401);
  });
});

describe('role permissions', () => {
  it('grants plugin permissions to roles and refuses core ones', async () => {
    const empty = (await (await app.request('/api/role-permissions', asUser(admin))).json()) as {
      items: { role: string; permissions: string[] }[];
    };
    expect(empty.items.map((i) => i.role)).toEqual([
      'township-admin',
      'village-admin',
      'station-staff',
      'viewer',
    ]);
    const put = await app.request(
      '/api/role-permissions',
      asUser(admin, {
        method: 'PUT',
        json: { items: [{ role: 'village-admin', permissions: ['forms:approve'] }] },
      }),
    );
    expect(put.status).toBe(200);
    expect(
      ((await put.json()) as typeof empty).items.find((i) => i.role === 'village-admin')?.permissions,
    ).toEqual(['forms:approve']);
    const bad = await app.request(
      '/api/role-permissions',
      asUser(admin, { method: 'PUT', json: { items: [{ role: 'viewer', permissions: ['audit:read'] }] } }),
    );
    expect(await bad.json()).toMatchObject({ status: 400, errors: [{ path: 'items.0.permissions.0' }] });
    const operatorRole = await app.request(
      '/api/role-permissions',
      asUser(admin, { method: 'PUT', json: { items: [{ role: 'county-admin', permissions: [] }] } }),
    );
    expect(await operatorRole.json()).toMatchObject({ status: 400, errors: [{ path: 'items.0.role' }] });
    const theirs = (await (
      await app.request('/api/role-permissions', asUser(otherAdmin))
    ).json()) as typeof empty;
    expect(theirs.items.every((i) => i.permissions.length === 0)).toBe(true);
  });
});
