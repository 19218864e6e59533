import { createUser } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { auditLog, townships, villages } from '@cunshe/db/schema';
import { importDivisions, onboardCounty } from '@cunshe/divisions';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, createTestApp, logIn } from '../auth/test-kit';
import { PILOT_VILLAGES } from '../demo/seed-demo';

type App = Awaited<ReturnType<typeof createTestApp>>['app'];
type Page = { items: { id: string; code: string; name: string; type: string | null }[]; total: number };

let app: App;
let database: Database;
let tenantId: string;
let admin: string;
let townshipAdmin: string;
let viewer: string;
const password = 'villages-test-password';

async function get<T>(token: string, path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path, asUser(token));
  return { status: res.status, body: (await res.json()) as T };
}

async function send<T>(token: string, method: string, path: string, json: unknown) {
  const res = await app.request(path, asUser(token, { method, json }));
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  await importDivisions(database, { prefixes: ['3610'] });
  tenantId = (await onboardCounty(database, { code: '361003' })).tenantId;
  const [liwei] = await database.withTenant(tenantId, (tx) =>
    tx.select().from(townships).where(eq(townships.code, '361003107')),
  );
  const users = [
    { username: 'county-admin', role: 'county-admin' as const },
    { username: 'liwei-admin', role: 'township-admin' as const, townshipId: liwei?.id },
    { username: 'county-viewer', role: 'viewer' as const },
  ];
  for (const user of users) {
    await createUser(database, { tenantId, password, displayName: user.username, ...user });
  }
  admin = await logIn(app, 'county-admin', password);
  townshipAdmin = await logIn(app, 'liwei-admin', password);
  viewer = await logIn(app, 'county-viewer', password);
});

afterAll(() => database.close());

describe('GET /api/townships and /api/villages', () => {
  it('lists the real county: every village of 东乡区 in its township counts', async () => {
    const { body } = await get<{ items: { code: string; villageCount: number }[]; total: number }>(
      admin,
      '/api/townships',
    );
    expect(body.total).toBe(19);
    expect(body.items.reduce((sum, t) => sum + t.villageCount, 0)).toBe(179);
    expect(body.items.find((t) => t.code === '361003107')?.villageCount).toBe(11);
  });

  it('finds 潭江村 by name, by pinyin initials and by spelling', async () => {
    for (const q of ['潭江', 'tj', 'tanjiang', '361003107207']) {
      const { body } = await get<Page>(admin, `/api/villages?q=${encodeURIComponent(q)}`);
      expect(body.items.map((v) => v.name)).toContain('潭江村');
      expect(body.items.every((v) => v.code.startsWith('361003'))).toBe(true);
    }
  });

  it('paginates in pinyin order and filters by township and type', async () => {
    const first = await get<Page & { page: number; pageSize: number }>(admin, '/api/villages?pageSize=50');
    expect(first.body).toMatchObject({ total: 179, page: 1, pageSize: 50 });
    const third = await get<Page>(admin, '/api/villages?pageSize=50&page=4');
    expect(third.body.items).toHaveLength(29);
    const liwei = await get<Page>(admin, '/api/villages?townshipCode=361003107&pageSize=100');
    expect(liwei.body.total).toBe(11);
    const untyped = await get<Page>(admin, '/api/villages?type=none&pageSize=1');
    expect(untyped.body.total).toBe(179);
    // The total rides on the page's rows; a page past the end has none and still tells it.
    const pastTheEnd = await get<Page>(admin, '/api/villages?townshipCode=361003107&pageSize=10&page=3');
    expect(pastTheEnd.body).toMatchObject({ items: [], total: 11 });
    const noMatch = await get<Page>(admin, '/api/villages?q=zzzz');
    expect(noMatch.body).toMatchObject({ items: [], total: 0 });
  });

  it('names the bad query field', async () => {
    const res = await get<{ errors: { path: string }[] }>(
      admin,
      '/api/villages?pageSize=500&townshipCode=12',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path).sort()).toEqual(['pageSize', 'townshipCode']);
  });

  it("shows a township admin only their township's villages", async () => {
    const { body } = await get<Page>(townshipAdmin, '/api/villages?pageSize=100');
    expect(body.total).toBe(11);
    const outside = await get<Page>(admin, '/api/villages?q=361003100209');
    const xinjian = outside.body.items[0];
    expect((await get(townshipAdmin, `/api/villages/${xinjian?.id}`)).status).toBe(404);
    const patch = await send(townshipAdmin, 'PATCH', `/api/villages/${xinjian?.id}`, { type: 'industrial' });
    expect(patch.status).toBe(404);
  });
});

describe('village types', () => {
  it('sets one type, then two in bulk, auditing each change with old and new', async () => {
    const { body } = await get<Page>(admin, '/api/villages?townshipCode=361003107&pageSize=3');
    const [a, b, c] = body.items;
    if (!a || !b || !c) throw new Error('three villages expected');
    const one = await send<{ type: string }>(admin, 'PATCH', `/api/villages/${a.id}`, { type: 'industrial' });
    expect(one).toMatchObject({ status: 200, body: { type: 'industrial' } });
    const bulk = await send<{ items: { isChanged: boolean }[] }>(admin, 'POST', '/api/villages/types', {
      ids: [a.id, b.id, c.id],
      type: 'industrial',
    });
    expect(bulk.body.items.map((i) => i.isChanged)).toEqual([false, true, true]);
    const entries = await database.withTenant(tenantId, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'village.type-changed'), eq(auditLog.entityId, b.id))),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorName: 'county-admin',
      before: { type: null },
      after: { type: 'industrial' },
    });
  });

  it('refuses a viewer and changes nothing', async () => {
    const { body } = await get<Page>(viewer, '/api/villages?pageSize=1');
    const res = await send(viewer, 'PATCH', `/api/villages/${body.items[0]?.id}`, { type: 'suburban' });
    expect(res.status).toBe(403);
    expect(
      (await get<{ type: string | null }>(admin, `/api/villages/${body.items[0]?.id}`)).body.type,
    ).not.toBe('suburban');
  });

  it('names a bad type and an unknown village', async () => {
    const bad = await send<{ errors: { path: string }[] }>(admin, 'POST', '/api/villages/types', {
      ids: ['not-an-id'],
      type: 'factory',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.path).sort()).toEqual(['ids.0', 'type']);
    const unknown = await send(admin, 'POST', '/api/villages/types', {
      ids: ['6f1c2b1e-9a57-4c8e-8f0e-2b1f3c4d5e6f'],
      type: 'suburban',
    });
    expect(unknown.status).toBe(404);
  });

  it('imports a code,type sheet: a dry run reports row by row, a bad row blocks it all, then it applies', async () => {
    const sheet = (rows: string[]) => Buffer.from(`\ufeffcode,type\n${rows.join('\n')}\n`).toString('base64');
    const pilots = Object.entries(PILOT_VILLAGES).map(([code, type]) => `${code},${type}`);
    const withBad = await send<{ applied: boolean; errors: { line: number; message: string }[] }>(
      admin,
      'POST',
      '/api/villages/types/import',
      {
        fileName: 'types.csv',
        contentBase64: sheet([...pilots, '361003999999,工业型', '36100310,suburban']),
        dryRun: false,
      },
    );
    expect(withBad.body.applied).toBe(false);
    expect(withBad.body.errors.map((e) => e.line)).toEqual([6, 7]);
    const tanjiang = await get<Page>(admin, '/api/villages?q=361003107207');
    expect(tanjiang.body.items[0]?.type).toBeNull();

    const dry = await send<{ applied: boolean; rows: { code: string; after: string }[] }>(
      admin,
      'POST',
      '/api/villages/types/import',
      { fileName: 'types.csv', contentBase64: sheet(pilots), dryRun: true },
    );
    expect(dry.body).toMatchObject({ applied: false });
    expect(dry.body.rows).toHaveLength(4);
    const applied = await send<{ applied: boolean }>(admin, 'POST', '/api/villages/types/import', {
      fileName: 'types.csv',
      contentBase64: sheet(pilots),
      dryRun: false,
    });
    expect(applied.body.applied).toBe(true);
    const typed = await database.withTenant(tenantId, (tx) =>
      tx
        .select({ code: villages.code, type: villages.type })
        .from(villages)
        .where(eq(villages.code, '361003107207')),
    );
    expect(typed).toEqual([{ code: '361003107207', type: 'industry-chain' }]);
  });
});
