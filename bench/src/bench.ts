/**
 * `pnpm bench`: every benchmark of issue 10 in one run on this machine, printed as one table of our figure,
 * the baseline's figure beside it in the same run, and the ratio. `--quick` runs each briefly (a smoke
 * check, under 3 minutes): shorter load runs, and "all counties" means the 100 counties of Jiangxi (36).
 * PostgreSQL is a throwaway cluster started here and stopped at the end, also on failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, migrate, openDatabase } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import { importDivisions, importFormerCodes } from '@cunshe/divisions';
import { sql } from 'drizzle-orm';
import { weighAdmin } from './admin-size';
import { BENCH_COUNTY, preparePglite, type ReadFixture, readFixture } from './fixtures';
import { kb, ms, num } from './format';
import type { LoadResult, LoadTarget } from './load';
import { countyCodes, onboardCounties } from './onboard-all';

import { freePortFrom, startPostgres } from './postgres-cluster';
import { type Started, startApi, startBenchServer } from './processes';
import { type Row, renderTable } from './report';
import { atRate, comparisonRows, type Durations, rateBelow, saturate } from './scenarios/api-load';
import { coldStart } from './scenarios/cold-start';
import { rlsCost } from './scenarios/rls-cost';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const isQuick = values.quick;
const durations: Durations = isQuick
  ? { warmUp: 1, saturate: 2, fixedRate: 2, slices: 2 }
  : { warmUp: 2, saturate: 6, fixedRate: 6, slices: 3 };
const began = performance.now();
const say = (line: string) =>
  process.stderr.write(`[bench ${num((performance.now() - began) / 1000)}s] ${line}\n`);

const VILLAGE_TYPES = ['industrial', 'industry-chain', 'suburban', 'market-town'] as const;

function readTarget(port: number, fixture: ReadFixture): LoadTarget {
  return {
    url: `http://127.0.0.1:${port}/api/villages?townshipCode=${fixture.townshipCode}&page=1&pageSize=50`,
    headers: { cookie: `cunshe_session=${fixture.token}` },
  };
}

/** Each request changes one village's type (round robin over the county, a new type each round). */
function writeTarget(
  port: number,
  fixture: ReadFixture,
  villageIds: readonly string[],
  counter: { n: number },
) {
  return {
    url: `http://127.0.0.1:${port}/api/villages/${fixture.villageId}`,
    method: 'PATCH' as const,
    headers: { cookie: `cunshe_session=${fixture.token}`, 'content-type': 'application/json' },
    request: () => {
      const k = counter.n++;
      const id = villageIds[k % villageIds.length] as string;
      const type = VILLAGE_TYPES[Math.floor(k / villageIds.length) % VILLAGE_TYPES.length];
      return { path: `/api/villages/${id}`, body: { type } };
    },
  };
}

async function villageIdsOf(database: Database, tenantId: string): Promise<string[]> {
  const rows = await database.withTenant(tenantId, (tx) =>
    tx.select({ id: villages.id }).from(villages).orderBy(villages.code),
  );
  return rows.map((r) => r.id);
}

/** One target's result of a run. */
function pick(results: Record<string, LoadResult>, name: string): LoadResult {
  const result = results[name];
  if (!result) throw new Error(`no result for ${name}`);
  return result;
}

const rows: Row[] = [];
const servers: Started[] = [];
const cluster = await startPostgres();
try {
  const database = await openDatabase({ url: cluster.url });
  await migrate(database);
  const prefixes = isQuick ? ['36'] : undefined;
  say(`importing the division codes${isQuick ? ' of Jiangxi (36)' : ''}; building the admin beside it ...`);
  // Nothing is timed yet: the admin build (weighed, not timed) and the PGlite data folder for the engine
  // comparison are made while PostgreSQL imports.
  const adminWeights = weighAdmin();
  adminWeights.catch(() => {});
  const pgliteDir = mkdtempSync(join(tmpdir(), 'cunshe-bench-pglite-'));
  const pgliteReady = preparePglite(pgliteDir);
  pgliteReady.catch(() => {});
  await importDivisions(database, { prefixes });
  await importFormerCodes(database, { prefixes });
  await database.db.execute(sql`analyze`);
  const fixture = await readFixture(database);
  const villageIds = await villageIdsOf(database, fixture.tenantId);
  await database.db.execute(sql`analyze`);

  say('starting the API (PostgreSQL) and the two bare handlers ...');
  const [stackPort, barePort, plainPort, pglitePort, startPort] = (await freePortFrom(54350, 5)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  servers.push(await startApi(stackPort, { url: cluster.url }));
  servers.push(await startBenchServer('bare-server', barePort, { DATABASE_URL: cluster.url, MODE: 'tx' }));
  servers.push(
    await startBenchServer('bare-server', plainPort, { DATABASE_URL: cluster.url, MODE: 'plain' }),
  );

  say(
    `API read, one county loaded: GET /api/villages?townshipCode=${fixture.townshipCode} (${fixture.villageCount} villages) ...`,
  );
  const reads = {
    stack: readTarget(stackPort, fixture),
    bare: readTarget(barePort, fixture),
    plain: readTarget(plainPort, fixture),
  };
  const readSaturated = await saturate(reads, durations);
  const readRate = rateBelow(Object.values(readSaturated));
  const readAtRate = await atRate(reads, readRate, durations);
  const measured = (name: keyof typeof reads) => ({
    saturated: pick(readSaturated, name),
    atRate: pick(readAtRate, name),
  });
  rows.push(
    ...comparisonRows({
      what: 'API read, whole stack',
      ours: measured('stack'),
      baseline: measured('bare'),
      baselineName: 'bare node:http + postgres.js, same SQL and transactions',
      rate: readRate,
      rpsTarget: '>= 0.70x',
    }),
    ...comparisonRows({
      what: 'API read, whole stack',
      ours: measured('stack'),
      baseline: measured('plain'),
      baselineName: 'the bare handler without transactions (owner, no RLS)',
      rate: readRate,
    }),
  );

  say(
    'API write: PATCH /api/villages/:id type change + audit row (stand-in for submitting a service request) ...',
  );
  const counter = { n: 0 };
  const writes = {
    stack: writeTarget(stackPort, fixture, villageIds, counter),
    bare: writeTarget(barePort, fixture, villageIds, counter),
  };
  const writeSaturated = await saturate(writes, durations);
  const writeRate = rateBelow(Object.values(writeSaturated));
  const writeAtRate = await atRate(writes, writeRate, durations);
  rows.push(
    ...comparisonRows({
      what: 'API write (village type change + audit row; service requests do not exist yet)',
      ours: { saturated: pick(writeSaturated, 'stack'), atRate: pick(writeAtRate, 'stack') },
      baseline: { saturated: pick(writeSaturated, 'bare'), atRate: pick(writeAtRate, 'bare') },
      baselineName: 'bare handler, same update + audit insert in a transaction',
      rate: writeRate,
    }),
  );

  say('API read on PGlite ...');
  try {
    const pgliteFixture = await pgliteReady;
    const pglite = await startApi(pglitePort, { dataDir: pgliteDir });
    servers.push(pglite);
    const engines = { pglite: readTarget(pglitePort, pgliteFixture), postgres: reads.stack };
    const pgliteSaturated = await saturate({ pglite: engines.pglite }, durations);
    const engineRate = rateBelow([pick(pgliteSaturated, 'pglite'), pick(readSaturated, 'stack')]);
    const engineAtRate = await atRate(engines, engineRate, durations);
    rows.push(
      ...comparisonRows({
        what: 'API read, whole stack on PGlite',
        ours: { saturated: pick(pgliteSaturated, 'pglite'), atRate: pick(engineAtRate, 'pglite') },
        baseline: { saturated: pick(readSaturated, 'stack'), atRate: pick(engineAtRate, 'postgres') },
        baselineName: 'the same on PostgreSQL',
        rate: engineRate,
      }),
    );
    await pglite.stop();
  } finally {
    rmSync(pgliteDir, { recursive: true, force: true });
  }

  const weights = await adminWeights;
  const oneCountyRls = await rlsCost(cluster.url, { ...fixture, iterations: isQuick ? 200 : 1000 });

  const rest = (await countyCodes(database)).filter((code) => code !== BENCH_COUNTY);
  say(`onboarding the other ${num(rest.length)} counties ...`);
  const onboarded = await onboardCounties(database, rest, { concurrency: 4 });
  await database.db.execute(sql`analyze`);
  const [totals] = (await database.db.execute(
    sql`select (select count(*) from tenants)::int as tenants, (select count(*) from villages)::int as villages`,
  )) as unknown as { tenants: number; villages: number }[];
  const scale = `${num(totals?.tenants ?? 0)} counties, ${num(totals?.villages ?? 0)} villages`;
  say(`${scale} loaded (${num(onboarded.rowsPerSecond)} rows/s); API read again ...`);
  const stack = servers[0];
  if (stack && stack.child.exitCode !== null) {
    // Say why, then measure on a new process: this row is about the database's size, not the process.
    say(`the API process had exited (code ${stack.child.exitCode}):\n${stack.output().slice(-2000)}`);
    servers.push(await startApi(stackPort, { url: cluster.url }));
  }
  const allSaturated = await saturate({ stack: reads.stack }, durations);
  const allAtRate = await atRate({ stack: reads.stack }, readRate, durations);
  rows.push(
    ...comparisonRows({
      what: `API read with ${scale} loaded`,
      ours: { saturated: pick(allSaturated, 'stack'), atRate: pick(allAtRate, 'stack') },
      baseline: measured('stack'),
      baselineName: 'one county loaded',
      rate: readRate,
      latencyTarget: '<= 1.10x',
    }),
  );
  say('RLS cost at scale ...');
  const rls = await rlsCost(cluster.url, { ...fixture, iterations: isQuick ? 200 : 1000 });
  const micros = (value: number) => `${num(value)} µs`;
  rows.push(
    {
      benchmark: `village list query (${rls.rows} rows), ${scale}: API role under RLS vs owner with explicit WHERE tenant_id, median per execution`,
      ours: micros(rls.rlsMicros),
      baseline: micros(rls.ownerMicros),
      ratio: rls.rlsMicros / rls.ownerMicros,
      target: '<= 1.05x',
    },
    {
      benchmark: 'the same, server side (EXPLAIN ANALYZE planning + execution, median)',
      ours: micros(rls.rlsServerMicros),
      baseline: micros(rls.ownerServerMicros),
      ratio: rls.rlsServerMicros / rls.ownerServerMicros,
    },
    {
      benchmark: `village list query under RLS: ${scale} vs one county loaded, median per execution`,
      ours: micros(rls.rlsMicros),
      baseline: micros(oneCountyRls.rlsMicros),
      ratio: rls.rlsMicros / oneCountyRls.rlsMicros,
    },
  );
  for (const server of servers) await server.stop();
  await database.close();
  cluster.stop();

  say('cold start of pnpm --filter @cunshe/api start (fresh data folder, then seeded) ...');
  const start = await coldStart(startPort);
  rows.push(
    {
      benchmark:
        'cold start to first 200 of /api/health, fresh data folder (admin build + full demo import) vs seeded',
      ours: ms(start.freshMs),
      baseline: ms(start.seededMs),
      ratio: start.freshMs / start.seededMs,
    },
    {
      benchmark:
        'cold start, seeded data folder (admin build + API) vs pnpm exec node with a bare node:http server',
      ours: ms(start.seededMs),
      baseline: ms(start.floorMs),
      ratio: start.seededMs / start.floorMs,
    },
  );

  const [login, villageList] = weights;
  if (login && villageList) {
    rows.push(
      {
        benchmark: `admin JS loaded by ${login.route}, gzip (${login.files.length} files) vs the 60 KB budget`,
        ours: kb(login.gzipBytes),
        baseline: kb(60_000),
        ratio: login.gzipBytes / 60_000,
        target: '<= 1.00x',
      },
      {
        benchmark: `admin JS loaded by ${villageList.route}, gzip (${villageList.files.length} files) vs the first page`,
        ours: kb(villageList.gzipBytes),
        baseline: kb(login.gzipBytes),
        ratio: villageList.gzipBytes / login.gzipBytes,
      },
    );
  }
  process.stdout.write(
    `\n${renderTable(rows)}\n\n${isQuick ? 'quick run' : 'full run'} in ${ms(performance.now() - began)} ` +
      `on ${num(availableParallelism())} cores; load by autocannon on loopback.\n`,
  );
} catch (error) {
  for (const server of servers) {
    if (server.child.exitCode !== null) {
      say(
        `${server.child.spawnargs.join(' ')} exited (code ${server.child.exitCode}):\n${server.output().slice(-2000)}`,
      );
    }
  }
  throw error;
} finally {
  for (const server of servers) await server.stop();
  cluster.stop();
}
