import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { reusableQuery } from './reusable-query';
import { sessions, tenants, townships, users } from './schema/index';
import { createTestDatabase } from './testing';

let database: Database;
const counties: { id: string; code: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  for (const code of ['710001', '710002']) {
    const [tenant] = await database.db
      .insert(tenants)
      .values({ code, name: `县${code}` })
      .returning();
    if (!tenant) throw new Error('no tenant');
    counties.push({ id: tenant.id, code });
    await database.withTenant(tenant.id, (tx) =>
      tx.insert(townships).values({ tenantId: tenant.id, code: `${code}100`, name: '镇', sortKey: 'zhen' }),
    );
  }
}, 60_000);

afterAll(async () => {
  await database?.close();
});

const townshipCodes = reusableQuery((tx) =>
  tx
    .select({ code: townships.code })
    .from(townships)
    .where(eq(townships.tenantId, sql.placeholder('tenantId')))
    .prepare('township_codes'),
);

describe('reusableQuery', () => {
  it('runs in the transaction it is given, under that transaction’s county', async () => {
    const [a, b] = counties as [{ id: string; code: string }, { id: string; code: string }];
    // Built in county A's transaction, then run in B's: B's scope applies, not A's.
    expect(await database.withTenant(a.id, (tx) => townshipCodes(tx, { tenantId: a.id }))).toEqual([
      { code: `${a.code}100` },
    ]);
    expect(await database.withTenant(b.id, (tx) => townshipCodes(tx, { tenantId: b.id }))).toEqual([
      { code: `${b.code}100` },
    ]);
    // Asking B's transaction for A's rows finds none: RLS of B's transaction binds the rebuilt query.
    expect(await database.withTenant(b.id, (tx) => townshipCodes(tx, { tenantId: a.id }))).toEqual([]);
  });

  it('answers two transactions at once, each on its own connection', async () => {
    const [a, b] = counties as [{ id: string; code: string }, { id: string; code: string }];
    const [rowsA, rowsB] = await Promise.all([
      database.withTenant(a.id, (tx) => townshipCodes(tx, { tenantId: a.id })),
      database.withTenant(b.id, (tx) => townshipCodes(tx, { tenantId: b.id })),
    ]);
    expect(rowsA).toEqual([{ code: `${a.code}100` }]);
    expect(rowsB).toEqual([{ code: `${b.code}100` }]);
  });
});

describe('readAsPlatform', () => {
  it('reads users and sessions in the platform scope, in one statement', async () => {
    const [a] = counties as [{ id: string; code: string }];
    const [user] = await database.withTenant(a.id, (tx) =>
      tx
        .insert(users)
        .values({
          tenantId: a.id,
          username: 'reader',
          displayName: '读者',
          passwordHash: 'x',
          role: 'viewer',
        })
        .returning(),
    );
    if (!user) throw new Error('no user');
    const expiresAt = new Date(Date.now() + 60_000);
    await database.withPlatform((tx) =>
      tx
        .insert(sessions)
        .values({ id: 'abc', userId: user.id, tenantId: a.id, expiresAt, absoluteExpiresAt: expiresAt }),
    );
    const rows = await database.readAsPlatform<{ username: string; expiresAt: Date | string }>(
      'select u.username, s.expires_at as "expiresAt" from sessions s join users u on u.id = s.user_id where s.id = $1',
      ['abc'],
    );
    expect(rows.map((r) => ({ ...r, expiresAt: new Date(r.expiresAt).getTime() }))).toEqual([
      { username: 'reader', expiresAt: expiresAt.getTime() },
    ]);
  });
});
