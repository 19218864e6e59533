import { pipeline } from 'node:stream/promises';
import { migrate, openDatabase } from '@cunshe/db';
import postgres from 'postgres';

/** What {@link copyBaseline} measured: rows moved by COPY and how fast. */
export interface CopyBaselineResult {
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

const TENANT_TABLES = ['townships', 'villages'] as const;

/**
 * The machine's limit for the same rows: a fresh database of the same cluster, migrated with the same
 * schema (primary keys, unique keys, indexes, foreign keys), takes the tenants and then every township and
 * village just onboarded, streamed with plain `COPY ... FROM STDIN` (as the superuser, which RLS does not
 * bind). Only the townships and villages are timed, the rows `onboardCounty` wrote.
 */
export async function copyBaseline(cluster: {
  url: string;
  urlOf: (database: string) => string;
}): Promise<CopyBaselineResult> {
  const name = 'cunshe_copy_baseline';
  const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name}`);
  await admin.unsafe(`create database ${name}`);
  const target = await openDatabase({ url: cluster.urlOf(name) });
  await migrate(target);
  await target.close();
  const sink = postgres(cluster.urlOf(name), { max: 1, onnotice: () => {} });
  // One pair of connections per table: postgres.js 3.4 hangs on the third COPY of one connection.
  const copy = async (table: string) => {
    const from = postgres(cluster.url, { max: 1, onnotice: () => {} });
    const to = postgres(cluster.urlOf(name), { max: 1, onnotice: () => {} });
    try {
      const readable = await from.unsafe(`copy ${table} to stdout`).readable();
      const writable = await to.unsafe(`copy ${table} from stdin`).writable();
      await pipeline(readable, writable);
    } finally {
      await from.end();
      await to.end();
    }
  };
  try {
    await copy('tenants');
    const started = performance.now();
    for (const table of TENANT_TABLES) await copy(table);
    const ms = performance.now() - started;
    const [counted] = await sink<{ rows: number }[]>`
      select (select count(*) from townships)::int + (select count(*) from villages)::int as rows`;
    const rows = counted?.rows ?? 0;
    return { rows, ms, rowsPerSecond: (rows / ms) * 1000 };
  } finally {
    await sink.end();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
