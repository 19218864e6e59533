import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { API_ROLE, type Database, rowsOf } from './client';

/** The folder of the committed drizzle-kit migrations. */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Applies every pending migration of the core, in order, as the connecting (owner) role. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(database.db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}

/** How many migrations are committed and how many the database has applied. */
export async function migrationStatus(database: Database): Promise<{ expected: number; applied: number }> {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  const result = await database.db.execute(
    sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
  );
  const applied = rowsOf<{ applied: number }>(result)[0]?.applied ?? 0;
  return { expected: journal.entries.length, applied };
}

/** Raised at start-up when tenant queries would run under a role that RLS does not bind. */
export class UnsafeRoleError extends Error {
  override name = 'UnsafeRoleError';
}

/**
 * Checks the role tenant queries actually run under (after the transaction's `SET ROLE`) and refuses it
 * when it is superuser, has BYPASSRLS or owns a tenant table (DESIGN.md tenancy rule 2).
 * @throws UnsafeRoleError naming the role and what is wrong with it.
 */
export async function assertSafeApiRole(database: Database): Promise<{ role: string }> {
  const probeTenant = '00000000-0000-4000-8000-000000000000';
  const row = await database.withTenant(probeTenant, async (tx) => {
    const result = await tx.execute(sql`
      select current_user as role, r.rolsuper as is_superuser, r.rolbypassrls as is_bypass_rls,
        (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and pg_get_userbyid(c.relowner) = current_user) as owned
      from pg_roles r where r.rolname = current_user`);
    return rowsOf<{ role: string; is_superuser: boolean; is_bypass_rls: boolean; owned: number }>(result)[0];
  });
  if (!row) throw new UnsafeRoleError('Could not read the API role from pg_roles');
  const problems = [
    row.is_superuser && 'is superuser',
    row.is_bypass_rls && 'has BYPASSRLS',
    row.owned > 0 && `owns ${row.owned} tables`,
  ].filter(Boolean);
  if (problems.length > 0 || row.role !== API_ROLE) {
    throw new UnsafeRoleError(
      `Tenant queries run as role "${row.role}", which ${problems.join(', ') || `is not ${API_ROLE}`}; ` +
        'row-level security would not bind it. Refusing to start.',
    );
  }
  return { role: row.role };
}
