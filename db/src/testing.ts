import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { type Database, openDatabase } from './client';
import { migrate } from './migrate';

let migratedDump: Promise<Blob> | undefined;

async function pgliteDump(): Promise<Blob> {
  const database = await openDatabase();
  await migrate(database);
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('none');
  await database.close();
  return dump;
}

/**
 * A fresh, migrated, empty database for one test file: PGlite in memory by default, or a new database
 * on the PostgreSQL server of `DATABASE_URL` (dropped again by `close`). The same suite runs on both.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    migratedDump ??= pgliteDump();
    return openDatabase({ loadDataDir: await migratedDump });
  }
  const name = `cunshe_test_${randomUUID().replaceAll('-', '')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ url: testUrl.toString() });
  await migrate(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
