import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, rowsOf } from './client';
import { createTestDatabase } from './testing';

/**
 * The schema rules that let Cunshe scale out by county (DESIGN.md tenancy rules 3 and 6, docs/scaling.md):
 * with `tenant_id` in every key, a distributed PostgreSQL (Citus) can shard every tenant table by
 * `tenant_id` and still enforce each primary, unique and foreign key on one shard, and no row can point
 * into another county. Checked on the migrated database itself (its catalog), not on the Drizzle source,
 * so hand-written SQL migrations are covered too.
 */

/**
 * Tenant tables that may break the key rules, each with its reason. Anything else that breaks them fails.
 * These are the platform's identity tables: a login happens before any county is known.
 */
const EXCEPTIONS: Record<string, string> = {
  users:
    'platform identity: login names and mobile numbers are unique across the platform (one login finds one ' +
    'account before the county is known), and tenant_id is null for the platform operator',
  sessions:
    'platform identity: a session is found by the hash of its token before the county is known, and ' +
    'tenant_id is null for the platform operator',
};

interface Key {
  table: string;
  name: string;
  kind: 'primary key' | 'unique key' | 'unique index' | 'foreign key';
  columns: string[];
  refTable: string | null;
  refColumns: string[];
}

let database: Database;
let tenantTables: Set<string>;
let keys: Key[];

beforeAll(async () => {
  database = await createTestDatabase();
  const tables = rowsOf<{ table_name: string }>(
    await database.db.execute(sql`
      select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'tenant_id'`),
  );
  tenantTables = new Set(tables.map((t) => t.table_name));
  const constraints = rowsOf<Omit<Key, 'kind'> & { contype: string }>(
    await database.db.execute(sql`
      select c.relname as "table", con.conname as "name", con.contype,
        array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, n)
          join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.n) as "columns",
        fc.relname as "refTable",
        array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, n)
          join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.n) as "refColumns"
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_namespace ns on ns.oid = c.relnamespace
      left join pg_class fc on fc.oid = con.confrelid
      where ns.nspname = 'public' and con.contype in ('p', 'u', 'f')`),
  );
  // Unique indexes made without a constraint (`create unique index`); expression columns show as null.
  const indexes = rowsOf<{ table: string; name: string; columns: (string | null)[] }>(
    await database.db.execute(sql`
      select c.relname as "table", ic.relname as "name",
        array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality k(attnum, n)
          left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.n) as "columns"
      from pg_index i
      join pg_class c on c.oid = i.indrelid
      join pg_class ic on ic.oid = i.indexrelid
      join pg_namespace ns on ns.oid = c.relnamespace
      where ns.nspname = 'public' and i.indisunique
        and not exists (select from pg_constraint con where con.conindid = i.indexrelid)`),
  );
  const kinds: Record<string, Key['kind']> = { p: 'primary key', u: 'unique key', f: 'foreign key' };
  keys = [
    ...constraints.map(({ contype, ...key }) => ({ ...key, kind: kinds[contype] as Key['kind'] })),
    ...indexes.map((index) => ({
      ...index,
      kind: 'unique index' as const,
      columns: index.columns.map((c) => c ?? '(expression)'),
      refTable: null,
      refColumns: [],
    })),
  ];
});

afterAll(async () => {
  await database?.close();
});

const describeKey = (key: Key) =>
  `${key.table}: ${key.kind} ${key.name} (${key.columns.join(', ')})` +
  (key.refTable ? ` -> ${key.refTable} (${key.refColumns.join(', ')})` : '');

const isRuled = (table: string) => tenantTables.has(table) && !(table in EXCEPTIONS);

describe('schema rules for scaling out by county', () => {
  it('finds the tenant tables, and every exception is still a tenant table', () => {
    expect(tenantTables.size).toBeGreaterThanOrEqual(4);
    for (const table of ['townships', 'villages', 'audit_log', 'role_permissions']) {
      expect(tenantTables).toContain(table);
    }
    // An exception whose table is gone or lost tenant_id must be removed from the list, not kept by habit.
    for (const table of Object.keys(EXCEPTIONS)) expect(tenantTables).toContain(table);
  });

  it('gives every tenant table a primary key that contains tenant_id', () => {
    const primaryKeys = keys.filter((k) => k.kind === 'primary key');
    const problems = [...tenantTables].filter(isRuled).flatMap((table) => {
      const pk = primaryKeys.find((k) => k.table === table);
      if (!pk) return [`${table}: no primary key`];
      return pk.columns.includes('tenant_id') ? [] : [`${describeKey(pk)} lacks tenant_id`];
    });
    expect(problems).toEqual([]);
  });

  it('puts tenant_id in every unique key and unique index of a tenant table', () => {
    const problems = keys
      .filter((k) => (k.kind === 'unique key' || k.kind === 'unique index') && isRuled(k.table))
      .filter((k) => !k.columns.includes('tenant_id'))
      .map((k) => `${describeKey(k)} lacks tenant_id`);
    expect(problems).toEqual([]);
  });

  it('makes every foreign key between tenant tables composite on tenant_id = tenant_id', () => {
    const problems = keys
      .filter((k) => k.kind === 'foreign key' && k.refTable !== null)
      .filter((k) => tenantTables.has(k.table) && isRuled(k.refTable as string))
      .filter((k) => {
        const at = k.columns.indexOf('tenant_id');
        return at < 0 || k.refColumns[at] !== 'tenant_id';
      })
      .map((k) => `${describeKey(k)} does not pair tenant_id with tenant_id`);
    expect(problems).toEqual([]);
  });

  it('indexes every tenant table with tenant_id as the first column (RLS filters on it first)', async () => {
    const leading = rowsOf<{ table: string }>(
      await database.db.execute(sql`
        select distinct c.relname as "table" from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_namespace ns on ns.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
        where ns.nspname = 'public' and a.attname = 'tenant_id'`),
    ).map((r) => r.table);
    const missing = [...tenantTables].filter((t) => isRuled(t) && !leading.includes(t)).sort();
    expect(missing).toEqual([]);
  });

  it('keeps tenant_id not null in every tenant table but the platform identity tables', () => {
    return database.db
      .execute(sql`
        select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'tenant_id' and is_nullable = 'YES'`)
      .then((result) => {
        const nullable = rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
        expect(nullable.filter(isRuled)).toEqual([]);
      });
  });
});
