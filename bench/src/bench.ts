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
import { migrate, openDatabase } from '@cunshe/db';
import { importDivisions, importFormerCodes } from '@cunshe/divisions';
import { sql } from 'drizzle-orm';
import { weighAdmin } from './admin-size';
import { BENCH_COUNTY, preparePglite, type ReadFixture, readFixture } from './fixtures';
import { kb, ms, num } from './format';
import type { LoadResult, LoadTarget } from './load';
import { countyCodes, onboardCounties } from './onboard-all';

import { copyDatabase, freePortFrom, settle, startPostgres } from './postgres-cluster';
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

function readTarget(port: number, fixture: ReadFixture): LoadTarget {
  return {
    url: `http://127.0.0.1:${port}/api/villages?townshipCode=${fixture.townshipCode}&page=1&pageSize=50`,
    headers: { cookie: `cunshe_session=${fixture.token}` },
  };
}

/** The service-request form the write benchmark submits: the stations plugin's 求助申请 (help request). */
const SUBMITTED_FORM = { pluginId: 'stations', formKey: 'help-request' } as const;
const SUBMISSIONS = `/api/forms/${SUBMITTED_FORM.pluginId}/${SUBMITTED_FORM.formKey}/submissions`;

/**
 * Each request submits the help request for a villager of the fixture's village, with a new idempotency
 * key: a form submission, the service request it opens with its first timeline entry, and the audit row.
 */
function submitTarget(port: number, fixture: ReadFixture, counter: { n: number }): LoadTarget {
  const run = Date.now().toString(36);
  return {
    url: `http://127.0.0.1:${port}${SUBMISSIONS}`,
    method: 'POST',
    headers: { cookie: `cunshe_session=${fixture.token}`, 'content-type': 'application/json' },
    request: () => ({
      path: SUBMISSIONS,
      body: {
        villageId: fixture.villageId,
        idempotencyKey: `bench-${run}-${counter.n++}`,
        villager: { name: '压测村民' },
        data: { kind: 'other', description: '压测：求助事项', isUrgent: false },
      },
    }),
  };
}

/**
 * Enables the submitted form's plugin at the fixture's village through the API (as a county admin does),
 * so its forms may be submitted there.
 * @throws Error when the API refuses.
 */
async function enableSubmittedForm(port: number, fixture: ReadFixture): Promise<void> {
  const url = `http://127.0.0.1:${port}/api/villages/${fixture.villageId}/plugins/${SUBMITTED_FORM.pluginId}/enable`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { cookie: `cunshe_session=${fixture.token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`);
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
  let database = await openDatabase({ url: cluster.url });
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
  const fixture = await readFixture(database);
  await database.db.execute(sql`analyze`);

  say('starting the API (PostgreSQL) and the two bare handlers ...');
  const [stackPort, barePort, plainPort, pglitePort, startPort] = (await freePortFrom(31350, 5)) as [
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

  say(`API write: POST ${SUBMISSIONS} (a service request with its audit row) ...`);
  await enableSubmittedForm(stackPort, fixture);
  const counter = { n: 0 };
  const writes = {
    stack: submitTarget(stackPort, fixture, counter),
    bare: submitTarget(barePort, fixture, counter),
  };
  const writeSaturated = await saturate(writes, durations);
  const writeRate = rateBelow(Object.values(writeSaturated));
  const writeAtRate = await atRate(writes, writeRate, durations);
  rows.push(
    ...comparisonRows({
      what: 'API write (submitting a service request: submission, request, timeline entry, audit row)',
      ours: { saturated: pick(writeSaturated, 'stack'), atRate: pick(writeAtRate, 'stack') },
      baseline: { saturated: pick(writeSaturated, 'bare'), atRate: pick(writeAtRate, 'bare') },
      baselineName: 'bare handler, the same statements in a transaction',
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

  // The scale rows compare two databases of the same cluster, measured side by side in one run: a copy
  // of this one-county database, and this one with every other county onboarded. Both are settled alike
  // (vacuumed, analysed, checkpointed), so neither pays for the other's bulk load during its slices.
  for (const server of servers.splice(0)) await server.stop();
  await database.close();
  say('copying the one-county database, the baseline of the scale rows ...');
  const oneCountyDb = 'cunshe_one_county';
  await copyDatabase(cluster, 'postgres', oneCountyDb);
  database = await openDatabase({ url: cluster.url });
  const rest = (await countyCodes(database)).filter((code) => code !== BENCH_COUNTY);
  say(`onboarding the other ${num(rest.length)} counties ...`);
  const onboarded = await onboardCounties(database, rest, { concurrency: 4 });
  const [totals] = (await database.db.execute(
    sql`select (select count(*) from tenants)::int as tenants, (select count(*) from villages)::int as villages`,
  )) as unknown as { tenants: number; villages: number }[];
  await database.close();
  const scale = `${num(totals?.tenants ?? 0)} counties, ${num(totals?.villages ?? 0)} villages`;
  say(`${scale} loaded (${num(onboarded.rowsPerSecond)} rows/s); settling both databases ...`);
  await settle(cluster.url);
  await settle(cluster.urlOf(oneCountyDb));
  const [allPort, onePort] = (await freePortFrom(31360, 2)) as [number, number];
  servers.push(await startApi(allPort, { url: cluster.url }));
  servers.push(await startApi(onePort, { url: cluster.urlOf(oneCountyDb) }));
  say('API read, all counties vs one county, interleaved ...');
  const scaleReads = { all: readTarget(allPort, fixture), one: readTarget(onePort, fixture) };
  const scaleDurations: Durations = { ...durations, slices: isQuick ? 4 : 8 };
  const scaleSaturated = await saturate(scaleReads, scaleDurations);
  // Half of what these two processes serve now, not of the first read's rate: the machine may be busier
  // here, and a rate near saturation measures queueing rather than the query.
  const scaleRate = rateBelow(Object.values(scaleSaturated));
  const scaleAtRate = await atRate(scaleReads, scaleRate, scaleDurations);
  rows.push(
    ...comparisonRows({
      what: `API read with ${scale} loaded`,
      ours: { saturated: pick(scaleSaturated, 'all'), atRate: pick(scaleAtRate, 'all') },
      baseline: { saturated: pick(scaleSaturated, 'one'), atRate: pick(scaleAtRate, 'one') },
      baselineName: `one county loaded (a copy beside it), median of ${scaleDurations.slices} slices`,
      rate: scaleRate,
      latencyTarget: '<= 1.10x',
      p50: 'median of slices',
    }),
  );
  say('RLS cost at scale ...');
  const iterations = isQuick ? 600 : 2000;
  const oneCountyRls = await rlsCost(cluster.urlOf(oneCountyDb), { ...fixture, iterations });
  const rls = await rlsCost(cluster.url, { ...fixture, iterations });
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
  for (const server of servers.splice(0)) await server.stop();
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
