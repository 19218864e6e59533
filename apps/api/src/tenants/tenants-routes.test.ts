import { createUser } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { importDivisions, importFormerCodes } from '@cunshe/divisions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, createTestApp, logIn } from '../auth/test-kit';

type App = Awaited<ReturnType<typeof createTestApp>>['app'];

let app: App;
let database: Database;
let operator: string;
const password = 'tenants-test-password';

async function call<T>(token: string | undefined, method: string, path: string, json?: unknown) {
  const res = await app.request(path, asUser(token, json === undefined ? { method } : { method, json }));
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  await importDivisions(database, { prefixes: ['3610', '1101'] });
  await importFormerCodes(database);
  await createUser(database, {
    tenantId: null,
    username: 'op',
    password,
    role: 'platform-operator',
    displayName: 'op',
  });
  operator = await logIn(app, 'op', password);
});

afterAll(() => database.close());

describe('onboarding through the API', () => {
  it('onboards 东乡区 by its former code 361029, and a second run changes nothing', async () => {
    const first = await call<{ status: string; code: string; name: string; villages: { added: number } }>(
      operator,
      'POST',
      '/api/tenants',
      { code: '361029' },
    );
    expect(first.body).toMatchObject({
      status: 'created',
      code: '361003',
      name: '东乡区',
      villages: { added: 179 },
    });
    const second = await call<{ status: string }>(operator, 'POST', '/api/tenants', { code: '361003' });
    expect(second.body.status).toBe('unchanged');
    const list = await call<{ items: { code: string; formerCodes: string[] }[]; total: number }>(
      operator,
      'GET',
      '/api/tenants?q=东乡',
    );
    expect(list.body.items).toEqual([expect.objectContaining({ code: '361003', formerCodes: ['361029'] })]);
  });

  it('answers each bad code with a 400 naming the field code', async () => {
    for (const code of ['12345', '110000', '999999', '36100x']) {
      const res = await call<{ errors: { path: string; message: string }[] }>(
        operator,
        'POST',
        '/api/tenants',
        {
          code,
        },
      );
      expect(res.status).toBe(400);
      expect(res.body.errors[0]?.path).toBe('code');
    }
  });

  it('offers the province -> city -> county picker and a search', async () => {
    const provinces = await call<{ items: { code: string }[] }>(operator, 'GET', '/api/divisions');
    expect(provinces.body.items.map((d) => d.code)).toEqual(['11', '36']);
    const cities = await call<{ items: { code: string }[] }>(operator, 'GET', '/api/divisions?parentCode=36');
    expect(cities.body.items.map((d) => d.code)).toEqual(['3610']);
    const found = await call<{ items: { code: string }[] }>(operator, 'GET', '/api/divisions?q=东乡');
    expect(found.body.items.map((d) => d.code)).toEqual(['361003']);
  });

  it('refuses a county admin, and a disabled county can no longer sign in', async () => {
    const { body } = await call<{ tenantId: string }>(operator, 'POST', '/api/tenants', { code: '110101' });
    await createUser(database, {
      tenantId: body.tenantId,
      username: 'dc-admin',
      password,
      role: 'county-admin',
      displayName: 'x',
    });
    const admin = await logIn(app, 'dc-admin', password);
    expect((await call(admin, 'POST', '/api/tenants', { code: '361003' })).status).toBe(403);
    expect((await call(admin, 'GET', '/api/tenants')).status).toBe(403);
    const disabled = await call<{ isActive: boolean }>(operator, 'POST', '/api/tenants/110101/disable');
    expect(disabled.body.isActive).toBe(false);
    expect((await call(admin, 'GET', '/api/villages')).status).toBe(401);
    await expect(logIn(app, 'dc-admin', password)).rejects.toThrow(/login of dc-admin failed/);
    await call(operator, 'POST', '/api/tenants/110101/enable');
    await expect(logIn(app, 'dc-admin', password)).resolves.toBeTypeOf('string');
  });
});
