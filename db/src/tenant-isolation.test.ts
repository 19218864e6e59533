import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, rowsOf } from './client';
import { assertSafeApiRole, migrationStatus, UnsafeRoleError } from './migrate';
import { tenants, townships, villages } from './schema/index';
import { createTestDatabase } from './testing';

let database: Database;
let countyA: string;
let countyB: string;
let villageB: string;
let townshipB: string;

async function seedCounty(code: string, name: string) {
  const [tenant] = await database.db.insert(tenants).values({ code, name }).returning();
  if (!tenant) throw new Error('no tenant');
  return database.withTenant(tenant.id, async (tx) => {
    const [township] = await tx
      .insert(townships)
      .values({ tenantId: tenant.id, code: `${code}100`, name: `${name}镇`, sortKey: 'zhen' })
      .returning();
    if (!township) throw new Error('no township');
    const [village] = await tx
      .insert(villages)
      .values({
        tenantId: tenant.id,
        townshipId: township.id,
        code: `${code}100001`,
        name: `${name}村`,
        sortKey: 'cun',
        pinyinInitials: 'c',
      })
      .returning();
    if (!village) throw new Error('no village');
    return { tenantId: tenant.id, townshipId: township.id, villageId: village.id };
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  countyA = (await seedCounty('361003', '东乡区')).tenantId;
  const b = await seedCounty('110101', '东城区');
  countyB = b.tenantId;
  villageB = b.villageId;
  townshipB = b.townshipId;
});

afterAll(async () => {
  await database.close();
});

describe('county isolation', () => {
  it("sees only its own county's rows", async () => {
    const rows = await database.withTenant(countyA, (tx) => tx.select().from(villages));
    expect(rows.map((r) => r.name)).toEqual(['东乡区村']);
  });

  it("cannot update or delete another county's rows, even without WHERE", async () => {
    await database.withTenant(countyA, async (tx) => {
      await tx.update(villages).set({ name: '改名' });
      await tx.delete(villages).where(eq(villages.id, villageB));
      await tx.execute(sql`delete from villages where tenant_id <> ${countyA}`);
    });
    const rows = await database.withTenant(countyB, (tx) => tx.select().from(villages));
    expect(rows.map((r) => r.name)).toEqual(['东城区村']);
    await database.withTenant(countyA, (tx) => tx.update(villages).set({ name: '东乡区村' }));
  });

  it('cannot insert a row for another county', async () => {
    await expect(
      database.withTenant(countyA, (tx) =>
        tx.insert(townships).values({ tenantId: countyB, code: '110101999', name: 'x', sortKey: 'x' }),
      ),
    ).rejects.toThrow();
  });

  it("cannot point a composite foreign key into another county's township", async () => {
    await expect(
      database.withTenant(countyA, (tx) =>
        tx.insert(villages).values({
          tenantId: countyA,
          townshipId: townshipB,
          code: '361003100999',
          name: '越界村',
          sortKey: 'yuejie',
          pinyinInitials: 'yjc',
        }),
      ),
    ).rejects.toThrow();
    const rows = await database.withTenant(countyA, (tx) =>
      tx.select().from(villages).where(eq(villages.code, '361003100999')),
    );
    expect(rows).toEqual([]);
  });

  it('with no tenant set, reads return nothing and writes fail', async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role cunshe_api`);
      return rowsOf(await tx.execute(sql`select * from villages`));
    });
    expect(rows).toEqual([]);
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`set local role cunshe_api`);
        await tx.insert(townships).values({ tenantId: countyA, code: '361003999', name: 'x', sortKey: 'x' });
      }),
    ).rejects.toThrow();
  });

  it('a connection used alternately by two counties 200 times never leaks a row', async () => {
    for (let i = 0; i < 200; i++) {
      const tenantId = i % 2 === 0 ? countyA : countyB;
      const rows = await database.withTenant(tenantId, (tx) => tx.select().from(townships));
      expect(rows.every((r) => r.tenantId === tenantId)).toBe(true);
      expect(rows).toHaveLength(1);
    }
    const after = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role cunshe_api`);
      return rowsOf<{ tenant: string }>(
        await tx.execute(sql`select current_setting('app.tenant_id', true) as tenant`),
      );
    });
    expect(after[0]?.tenant ?? '').toBe('');
  });

  it('every table with tenant_id has RLS enabled and forced and a non-empty policy', async () => {
    const result = await database.db.execute(sql`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
        (select count(*)::int from pg_policies p where p.tablename = c.relname and p.qual is not null
           and p.with_check is not null) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
      order by c.relname`);
    const tables = rowsOf<{ table: string; enabled: boolean; forced: boolean; policies: number }>(result);
    expect(tables.length).toBeGreaterThanOrEqual(6);
    const unprotected = tables.filter((t) => !t.enabled || !t.forced || t.policies === 0).map((t) => t.table);
    expect(unprotected).toEqual([]);
  });

  it('the API role cannot rewrite or erase the audit log', async () => {
    await database.withTenant(countyA, (tx) =>
      tx.execute(
        sql`insert into audit_log (tenant_id, action, entity) values (${countyA}, 'test', 'village')`,
      ),
    );
    await expect(
      database.withTenant(countyA, (tx) => tx.execute(sql`delete from audit_log`)),
    ).rejects.toThrow();
    await expect(
      database.withTenant(countyA, (tx) => tx.execute(sql`update audit_log set action = 'x'`)),
    ).rejects.toThrow();
  });
});

describe('start-up checks', () => {
  it('accepts the API role and reports migrations as current', async () => {
    await expect(assertSafeApiRole(database)).resolves.toEqual({ role: 'cunshe_api' });
    const status = await migrationStatus(database);
    expect(status.applied).toBe(status.expected);
  });

  it('refuses an API role that owns a tenant table', async () => {
    await database.db.execute(sql`alter table townships owner to cunshe_api`);
    try {
      await expect(assertSafeApiRole(database)).rejects.toThrow(UnsafeRoleError);
    } finally {
      await database.db.execute(sql`alter table townships owner to current_user`);
    }
  });

  it('refuses a second process on the same PGlite data folder', async () => {
    const dir = `${process.env.TMPDIR ?? '/tmp'}/cunshe-lock-${Date.now()}`;
    const first = await openDatabase({ dataDir: dir });
    try {
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/already open in another Cunshe process/);
    } finally {
      await first.close();
    }
    // Creating a PGlite data folder takes seconds on a busy machine.
  }, 120_000);
});
