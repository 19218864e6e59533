import { createUser, inviteUser, login, sessionIdOf } from '@cunshe/auth';
import { createTestCounty } from '@cunshe/auth/testing';
import { type Database, rowsOf, type Tx } from '@cunshe/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { PASSWORD_CHANGE_REQUIRED } from './session-middleware';
import { asUser, createTestApp, logIn, sentCookies, sessionTokenOf } from './test-kit';

let app: App;
let database: Database;
let tenantId: string;
const password = 'correct horse';

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  tenantId = (await createTestCounty(database, { code: '361003', name: '东乡区' })).tenantId;
  for (const username of ['admin', 'wang', 'li', 'zhao', 'sun', 'qian', 'zhou']) {
    await createUser(database, {
      tenantId,
      username,
      password,
      role: username === 'admin' ? 'county-admin' : 'viewer',
      displayName: username,
    });
  }
});
afterAll(() => database.close());

const post = (json: unknown, headers: Record<string, string> = {}) =>
  asUser(undefined, { method: 'POST', json, headers });

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly, SameSite=Lax, Path=/ session cookie and answers the account', async () => {
    const res = await app.request('/api/auth/login', post({ username: 'wang', password }));
    expect(res.status).toBe(200);
    const [cookie, ...more] = sentCookies(res);
    expect(more).toEqual([]);
    expect(cookie?.name).toBe('cunshe_session');
    expect(cookie?.value).toMatch(/^[a-z2-7]{32}$/);
    expect(cookie?.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    expect(cookie?.attributes).not.toContain('Secure');
    expect(await res.json()).toMatchObject({
      user: { username: 'wang', role: 'viewer' },
      scope: { county: { name: '东乡区' }, township: null, village: null },
      mustChangePassword: false,
      permissions: expect.arrayContaining(['villages:read']),
    });
  });

  it('uses the __Host- prefix and Secure outside localhost', async () => {
    const res = await app.request(
      'https://cunshe.example/api/auth/login',
      post({ username: 'wang', password }),
    );
    expect(res.status).toBe(200);
    const [cookie] = sentCookies(res);
    expect(cookie?.name).toBe('__Host-cunshe_session');
    expect(cookie?.attributes).toEqual(
      expect.arrayContaining(['Secure', 'HttpOnly', 'Path=/', 'SameSite=Lax']),
    );
    const me = await app.request('https://cunshe.example/api/auth/me', {
      headers: { cookie: `__Host-cunshe_session=${cookie?.value}` },
    });
    expect(me.status).toBe(200);
    // The unprefixed name is not accepted there: a subdomain could have planted it.
    const planted = await app.request('https://cunshe.example/api/auth/me', {
      headers: { cookie: `cunshe_session=${cookie?.value}` },
    });
    expect(planted.status).toBe(401);
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await app.request('/api/auth/login', post({ username: 'li', password: 'not it at all' }));
    const unknown = await app.request(
      '/api/auth/login',
      post({ username: 'nobody-here', password: 'not it at all' }),
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.text()).toBe(await wrong.text());
    expect(sentCookies(wrong)).toEqual([]);
    expect(sentCookies(unknown)).toEqual([]);
  });

  it('answers a malformed JSON body with a 400 problem+json', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": "wang", ',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 400 });
  });

  it('names a missing field', async () => {
    const res = await app.request('/api/auth/login', post({ username: 'wang' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ errors: [{ path: 'password' }] });
  });

  it('refuses a foreign Origin’s POST with JSON, text/plain or no Content-Type', async () => {
    const bodies: RequestInit[] = [
      {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'wang', password }),
      },
      { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ username: 'wang', password }) },
      { body: JSON.stringify({ username: 'wang', password }) },
      {},
    ];
    for (const path of ['/api/auth/login', '/api/auth/logout', '/api/users', '/api/auth/password']) {
      for (const init of bodies) {
        const headers = new Headers(init.headers);
        headers.set('origin', 'https://evil.example');
        const res = await app.request(`http://localhost${path}`, { ...init, method: 'POST', headers });
        expect(res.status, `${path} ${headers.get('content-type')}`).toBe(403);
        expect(sentCookies(res)).toEqual([]);
      }
    }
    const sameSite = await app.request('http://localhost/api/auth/login', {
      ...post({ username: 'wang', password }),
      headers: { origin: 'http://localhost', 'content-type': 'application/json' },
    });
    expect(sameSite.status).toBe(200);
  });

  it('gives a new session id at every login and ends the one the request came with', async () => {
    const first = await logIn(app, 'zhao', password);
    const res = await app.request(
      '/api/auth/login',
      asUser(first, { method: 'POST', json: { username: 'zhao', password } }),
    );
    const second = sessionTokenOf(res);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await app.request('/api/auth/me', asUser(first))).status).toBe(401);
    expect((await app.request('/api/auth/me', asUser(second))).status).toBe(200);
  });

  it('slows guessing with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const res = await app.request('/api/auth/login', post({ username: 'qian', password: 'guess guess' }));
      statuses.push(res.status);
      retryAfter = res.headers.get('retry-after') ?? retryAfter;
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('sessions', () => {
  it('logout sends one cookie, the clearing one, and ends the session', async () => {
    const token = await logIn(app, 'sun', password);
    // Make the session due for sliding, so a refreshed cookie would be sent if logout did not prevent it.
    await database.withPlatform((tx) =>
      tx.execute(
        sql`update sessions set expires_at = now() + interval '1 hour' where user_id = (select id from users where username = 'sun')`,
      ),
    );
    const res = await app.request('/api/auth/logout', asUser(token, { method: 'POST' }));
    expect(res.status).toBe(204);
    const cookies = sentCookies(res);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]?.value).toBe('');
    expect(cookies[0]?.attributes).toContain('Max-Age=0');
    expect((await app.request('/api/auth/me', asUser(token))).status).toBe(401);
  });

  it('slides a session used past half its idle time, sending the cookie again', async () => {
    const token = await logIn(app, 'sun', password);
    const fresh = await app.request('/api/auth/me', asUser(token));
    expect(sentCookies(fresh)).toEqual([]);
    await database.withPlatform((tx) =>
      tx.execute(
        sql`update sessions set expires_at = now() + interval '1 hour' where user_id = (select id from users where username = 'sun')`,
      ),
    );
    const slid = await app.request('/api/auth/me', asUser(token));
    expect(slid.status).toBe(200);
    expect(sentCookies(slid).map((c) => c.value)).toEqual([token]);
  });

  it('refuses an idle-expired and an over-age session, and clears the stale cookie', async () => {
    const idle = await logIn(app, 'zhou', password);
    const old = await logIn(app, 'zhou', password);
    await database.withPlatform(async (tx) => {
      await tx.execute(
        sql`update sessions set expires_at = now() - interval '1 second' where id = ${sessionIdOf(idle)}`,
      );
      await tx.execute(
        sql`update sessions set absolute_expires_at = now() - interval '1 second' where id = ${sessionIdOf(old)}`,
      );
    });
    for (const token of [idle, old]) {
      const res = await app.request('/api/auth/me', asUser(token));
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(sentCookies(res).map((c) => c.value)).toEqual(['']);
    }
  });

  it('lists my sessions and signs out elsewhere', async () => {
    const here = await logIn(app, 'wang', password);
    const elsewhere = await logIn(app, 'wang', password);
    const list = (await (await app.request('/api/auth/sessions', asUser(here))).json()) as {
      items: { isCurrent: boolean }[];
    };
    expect(list.items.filter((s) => s.isCurrent)).toHaveLength(1);
    expect(list.items.length).toBeGreaterThanOrEqual(2);
    const res = await app.request('/api/auth/sessions/others', asUser(here, { method: 'DELETE' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ended: number }).ended).toBeGreaterThanOrEqual(1);
    expect((await app.request('/api/auth/me', asUser(elsewhere))).status).toBe(401);
    expect((await app.request('/api/auth/me', asUser(here))).status).toBe(200);
  });

  it('stores no value equal to a cookie value, anywhere', async () => {
    const tokens = [await logIn(app, 'wang', password), await logIn(app, 'admin', password)];
    const tables = rowsOf<{ name: string; isTenantOwned: boolean }>(
      await database.db.execute(sql`
        select t.table_name as name,
          exists (select 1 from information_schema.columns c
            where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'tenant_id') as "isTenantOwned"
        from information_schema.tables t where t.table_schema = 'public'`),
    );
    const dumpAll = async (tx: Tx, names: string[]) => {
      const rows: string[] = [];
      for (const name of names) {
        const result = await tx.execute(sql.raw(`select row_to_json(t)::text as row from "${name}" t`));
        rows.push(...rowsOf<{ row: string }>(result).map((r) => r.row));
      }
      return rows;
    };
    // Platform tables and the platform-visible users and sessions as the owner; county tables in the county.
    const dump = [
      ...(await database.withPlatform((tx) =>
        dumpAll(
          tx,
          tables.map((t) => t.name),
        ),
      )),
      ...(await database.withTenant(tenantId, (tx) =>
        dumpAll(
          tx,
          tables.filter((t) => t.isTenantOwned).map((t) => t.name),
        ),
      )),
    ];
    expect(dump.filter((row) => row.includes(sessionIdOf(tokens[0] ?? ''))).length).toBeGreaterThan(0);
    for (const token of tokens) expect(dump.filter((row) => row.includes(token))).toEqual([]);
  });
});

describe('a forced password change', () => {
  it('refuses every other route with a clear 403 until the initial password is changed', async () => {
    const { user: admin } = await login(database, { username: 'admin', password });
    const { initialPassword } = await inviteUser(database, {
      actor: admin,
      user: { username: 'newbie', displayName: '新人', role: 'viewer' },
    });
    const token = await logIn(app, 'newbie', initialPassword);
    const me = await app.request('/api/auth/me', asUser(token));
    expect(((await me.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    const blocked = await app.request('/api/auth/sessions', asUser(token));
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toMatchObject({
      type: PASSWORD_CHANGE_REQUIRED,
      title: 'Password change required',
    });
    const changed = await app.request(
      '/api/auth/password',
      asUser(token, {
        method: 'POST',
        json: { currentPassword: initialPassword, newPassword: 'my own secret' },
      }),
    );
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(false);
    const renewed = sessionTokenOf(changed);
    expect(renewed).toBeDefined();
    expect(renewed).not.toBe(token);
    expect((await app.request('/api/auth/me', asUser(token))).status).toBe(401);
    expect((await app.request('/api/auth/sessions', asUser(renewed))).status).toBe(200);
  });
});
