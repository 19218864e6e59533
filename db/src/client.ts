import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  extractTablesRelationalConfig,
  sql,
} from 'drizzle-orm';
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import {
  drizzle as drizzlePostgres,
  PostgresJsSession,
  PostgresJsTransaction,
} from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import lockfile from 'proper-lockfile';
import * as schema from './schema/index';
import { isUuid } from './sql-text';

/** The core schema: every Drizzle table of `db/src/schema`. */
export type Schema = typeof schema;
/** A Drizzle database over either engine. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction over either engine; tenant-scoped when it comes from {@link Database.withTenant}. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** The database role tenant queries run under: not owner, not superuser, no BYPASSRLS. */
export const API_ROLE = 'cunshe_api';

/** Where the database lives. */
export interface DatabaseOptions {
  /** A PostgreSQL URL (postgres.js). When set, `dataDir` is ignored. */
  url?: string | undefined;
  /** A PGlite data folder; omitted means in memory. */
  dataDir?: string | undefined;
  /** A PGlite data dump (from `dumpDataDir`) to start an in-memory database from; tests use it. */
  loadDataDir?: Blob | File | undefined;
}

/** An open database: the owner connection, the scoped transaction helpers and the engine's name. */
export interface Database {
  kind: 'pglite' | 'postgres';
  /** The owner connection: migrations and platform operations only; request code uses {@link withTenant}. */
  db: Db;
  /**
   * Runs `fn` in one transaction scoped to a tenant: `app.tenant_id` and the role are set
   * transaction-locally (DESIGN.md tenancy rule 4), so RLS filters every row and a pooled connection
   * carries nothing over. The only way request code reaches tenant data.
   * @throws Error when `tenantId` is not a UUID.
   */
  withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one transaction in the platform scope (`app.scope = 'platform'`), as the owner: onboarding,
   * and the login and session lookups that happen before a tenant is known. No tenant rows but users and
   * sessions are visible there.
   */
  withPlatform<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs one read-only statement in the platform scope and answers its rows, as objects keyed by the
   * statement's column names (write aliases: `expires_at as "expiresAt"`). For the lookup that starts every
   * request, the session's: on PostgreSQL, `BEGIN`, the scope, the prepared statement and `COMMIT` leave in
   * one write and come back in one, where {@link withPlatform} waits for the statement before it commits.
   * @param text the SQL, with `$1`, `$2`, ... for `params`
   */
  readAsPlatform<T>(text: string, params: readonly unknown[]): Promise<T[]>;
  /** Closes the connection (and releases the PGlite data folder's lock). */
  close(): Promise<void>;
}

/** Rows of a raw `execute()` result, whichever engine answered (PGlite gives `{ rows }`, postgres.js an array). */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Raised when a PGlite data folder is already open in another process. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `The data folder ${dataDir} is already open in another Cunshe process. PGlite allows one process per ` +
        'folder: stop the other process, or set DATA_DIR to another folder.',
    );
    this.name = 'DataDirInUseError';
  }
}

async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    // The lock is refreshed every 5 s, so a killed process's lock goes stale after 15 s.
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'cunshe.lock'),
      stale: 15_000,
      update: 5_000,
      realpath: false,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirInUseError(dataDir);
    throw error;
  }
}

// Tenant and role are inlined as literals (the id is checked against UUID first, the role is a constant), so
// the setup statement has no parameters: postgres.js then sends it without a describe round trip.
function tenantSetup(tenantId: string): string {
  if (!isUuid(tenantId)) throw new Error(`withTenant: tenantId must be a UUID, got ${tenantId}`);
  return `select set_config('app.tenant_id', '${tenantId.toLowerCase()}', true), set_config('role', '${API_ROLE}', true)`;
}

const PLATFORM_SETUP = `select set_config('app.scope', 'platform', true)`;

/** The scoped transactions over drizzle's own `transaction()`: PGlite, where every statement is in-process. */
function scoped(db: Db, client: PGlite) {
  const inScope = <T>(setup: string, fn: (tx: Tx) => Promise<T>): Promise<T> =>
    db.transaction(async (tx) => {
      await tx.execute(sql.raw(setup));
      return fn(tx);
    });
  return {
    withTenant: <T>(tenantId: string, fn: (tx: Tx) => Promise<T>) => inScope(tenantSetup(tenantId), fn),
    withPlatform: <T>(fn: (tx: Tx) => Promise<T>) => inScope(PLATFORM_SETUP, fn),
    readAsPlatform: <T>(text: string, params: readonly unknown[]) =>
      client.transaction(async (tx) => {
        await tx.exec(PLATFORM_SETUP);
        return (await tx.query<T>(text, [...params])).rows;
      }),
  };
}

type PostgresClient = postgres.Sql;
type Connection = postgres.ReservedSql;

/**
 * A reserved connection as drizzle's postgres.js session sees it, with two changes. Statements are prepared
 * (postgres.js's own default, which drizzle turns off): an unprepared statement with parameters costs
 * postgres.js two round trips (Parse/Describe, then Bind/Execute) and stops the pipeline, a prepared one
 * costs one. And `savepoint` exists, so a nested `tx.transaction()` works on the reserved connection.
 */
function preparing(connection: Connection): postgres.Sql {
  let savepoints = 0;
  const savepoint = async <T>(fn: (inner: postgres.TransactionSql) => T | Promise<T>) => {
    const name = `s${++savepoints}`;
    await connection.unsafe(`savepoint ${name}`);
    try {
      const result = await fn(wrapped as unknown as postgres.TransactionSql);
      await connection.unsafe(`release savepoint ${name}`);
      return result;
    } catch (error) {
      await connection.unsafe(`rollback to savepoint ${name}`);
      throw error;
    }
  };
  const wrapped = new Proxy(connection, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params as postgres.ParameterOrJSON<never>[], { ...options, prepare: true });
      }
      if (property === 'savepoint') return savepoint;
      return Reflect.get(target, property, receiver);
    },
  });
  return wrapped;
}

/**
 * The scoped transactions over postgres.js, in the fewest round trips: `BEGIN`, the scope's `set_config`
 * and the first query of `fn` leave in one write and come back in one (postgres.js pipelines queries on a
 * reserved connection), and every later statement is prepared, so a request's transaction costs its
 * statements plus `COMMIT`. drizzle's `transaction()` would wait for `BEGIN`, then for the setup, and
 * describe every statement with parameters first: 8 round trips instead of 3 for the village list.
 */
function pipelined(client: PostgresClient, schemaConfig: Parameters<typeof relationalSchema>[0]) {
  const dialect = new PgDialect({ casing: 'snake_case' });
  const relational = relationalSchema(schemaConfig);
  const inScope = async <T>(setup: string, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    const connection = await client.reserve();
    try {
      const begin = connection.unsafe('begin').execute();
      const scope = connection.unsafe(setup).execute();
      // Awaited below; until then a failure must not count as unhandled.
      begin.catch(() => {});
      scope.catch(() => {});
      const session = new PostgresJsSession(preparing(connection), dialect, relational);
      const tx = new PostgresJsTransaction(dialect, session as never, relational);
      let result: T;
      try {
        result = await fn(tx as unknown as Tx);
        await begin;
        await scope;
      } catch (error) {
        // A failed BEGIN or setup makes every later statement fail too; report the first cause.
        await begin;
        await scope;
        throw error;
      }
      await connection.unsafe('commit');
      return result;
    } catch (error) {
      await connection.unsafe('rollback').catch(() => {});
      throw error;
    } finally {
      connection.release();
    }
  };
  const readAsPlatform = async <T>(text: string, params: readonly unknown[]): Promise<T[]> => {
    const connection = await client.reserve();
    try {
      // execute() queues each statement at once, in this order, on the reserved connection.
      const statements = [
        connection.unsafe('begin').execute(),
        connection.unsafe(PLATFORM_SETUP).execute(),
        connection.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true }).execute(),
        connection.unsafe('commit').execute(),
      ];
      for (const statement of statements) statement.catch(() => {});
      const [, , rows] = await Promise.all(statements);
      return [...(rows as unknown as T[])];
    } catch (error) {
      await connection.unsafe('rollback').catch(() => {});
      throw error;
    } finally {
      connection.release();
    }
  };
  return {
    withTenant: <T>(tenantId: string, fn: (tx: Tx) => Promise<T>) => inScope(tenantSetup(tenantId), fn),
    withPlatform: <T>(fn: (tx: Tx) => Promise<T>) => inScope(PLATFORM_SETUP, fn),
    readAsPlatform,
  };
}

function relationalSchema(fullSchema: Schema) {
  const { tables, tableNamesMap } = extractTablesRelationalConfig<ExtractTablesWithRelations<Schema>>(
    fullSchema,
    createTableRelationsHelpers,
  );
  return { fullSchema, schema: tables, tableNamesMap };
}

/**
 * Opens the database: PostgreSQL through postgres.js when `url` is set, else PGlite in `dataDir`
 * (or in memory). Does not migrate; call {@link migrate} next.
 * @throws DataDirInUseError when another process holds the PGlite data folder.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const client = postgres(options.url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return { kind: 'postgres', db, ...pipelined(client, schema), close: () => client.end({ timeout: 5 }) };
  }
  const unlock = options.dataDir ? await lockDataDir(options.dataDir) : async () => {};
  try {
    const client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      ...scoped(db, client),
      close: async () => {
        await client.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
