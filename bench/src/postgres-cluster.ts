import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

/** A throwaway PostgreSQL cluster started by a benchmark, like `.ci/run` starts one for CI. */
export interface PostgresCluster {
  /** The superuser URL of the `postgres` database. */
  url: string;
  /** A URL of another database of the cluster (same user). */
  urlOf(database: string): string;
  /** The server's log file (gone after {@link stop}). */
  logFile: string;
  /** Stops the cluster and removes its folder; safe to call twice. */
  stop(): void;
}

const PG_ROOT = '/usr/lib/postgresql';

function pgBin(): string {
  const versions = readdirSync(PG_ROOT)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  if (!newest) throw new Error(`No PostgreSQL under ${PG_ROOT}: apt-get install -y postgresql`);
  return join(PG_ROOT, newest, 'bin');
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (initdb refuses root), else as ourselves. */
function asPostgres(command: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * The first free loopback port from `from` on. Bench ports sit below Linux's ephemeral range (32768-60999),
 * so no client connection of the run can take one between its pick and its server's start.
 */
export async function freePort(from: number): Promise<number> {
  const [port] = await freePortFrom(from, 1);
  return port as number;
}

/** `count` free loopback ports from `from` on. */
export async function freePortFrom(from: number, count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let port = from; port < from + 200 && ports.length < count; port++) {
    if (await isPortFree(port)) ports.push(port);
  }
  if (ports.length < count) throw new Error(`No ${count} free ports in ${from}..${from + 199}`);
  return ports;
}

/**
 * Starts a PostgreSQL cluster in a temporary folder on a free loopback port (31340 or the next free one),
 * tuned for throwaway data (no fsync). The cluster is stopped when the process exits, also on failure or
 * Ctrl-C, so a benchmark never leaves a server behind.
 */
export async function startPostgres(options: { port?: number } = {}): Promise<PostgresCluster> {
  const bin = pgBin();
  const port = await freePort(options.port ?? 31340);
  const folder = mkdtempSync(join(tmpdir(), 'cunshe-bench-pg-'));
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresIds();
    chownSync(folder, uid, gid);
  }
  const data = join(folder, 'data');
  asPostgres(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  const settings = [
    'listen_addresses=127.0.0.1',
    `port=${port}`,
    `unix_socket_directories=${folder}`,
    'fsync=off',
    'synchronous_commit=off',
    'full_page_writes=off',
    'max_wal_size=4GB',
    'shared_buffers=512MB',
    'max_connections=200',
    ...(process.env.BENCH_PG_LOG ? ['log_statement=all'] : []),
  ];
  const options_ = settings.map((s) => `-c ${s}`).join(' ');
  let isStopped = false;
  const stop = () => {
    if (isStopped) return;
    isStopped = true;
    const isRoot = process.getuid?.() === 0;
    const pgCtl = join(bin, 'pg_ctl');
    const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
    spawnSync(isRoot ? 'runuser' : pgCtl, isRoot ? ['-u', 'postgres', '--', pgCtl, ...args] : args, {
      stdio: 'ignore',
    });
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-l', join(folder, 'log'), '-w', '-o', options_, 'start']);
  } catch (error) {
    stop();
    throw error;
  }
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return { url: urlOf('postgres'), urlOf, logFile: join(folder, 'log'), stop };
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * Copies database `from` of the cluster to a new database `to`, file by file (`STRATEGY FILE_COPY`: seconds,
 * where the WAL-logged default writes every page twice). No session may be connected to `from`.
 */
export async function copyDatabase(cluster: PostgresCluster, from: string, to: string): Promise<void> {
  const admin = postgres(cluster.urlOf('template1'), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${to} template ${from} strategy file_copy`);
  } finally {
    await admin.end();
  }
}

/**
 * Leaves a database as a long-running one would be after a bulk load: vacuumed (visibility map and hint
 * bits set, so no autovacuum starts mid-measurement on one side only), analysed, and checkpointed.
 */
export async function settle(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe('vacuum (analyze)');
    await sql.unsafe('checkpoint');
  } finally {
    await sql.end();
  }
}
