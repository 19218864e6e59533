/**
 * `pnpm bench:import`: onboards every county of the national dataset into a throwaway PostgreSQL, the way
 * `pnpm cunshe onboard <code>` does one, and sets its rows per second beside a plain COPY of the same rows
 * in the same run (the machine's limit). Prints one table. `--concurrency N` (default 4) onboards N
 * counties at a time; `--limit N` onboards the first N counties only (a smoke run).
 */
import { parseArgs } from 'node:util';
import { migrate, openDatabase } from '@cunshe/db';
import { copyBaseline } from './copy-baseline';
import { markdownTable, ms, num, peakMemoryMb } from './format';
import { countyCodes, importReference, onboardCounties } from './onboard-all';
import { startPostgres } from './postgres-cluster';

const { values } = parseArgs({
  options: { concurrency: { type: 'string', default: '4' }, limit: { type: 'string' } },
});
const concurrency = Number(values.concurrency);
const say = (line: string) => process.stderr.write(`${line}\n`);

const started = performance.now();
const cluster = await startPostgres();
try {
  const database = await openDatabase({ url: cluster.url });
  await migrate(database);
  say('importing the national division codes ...');
  const reference = await importReference(database);
  const all = await countyCodes(database);
  const codes = values.limit ? all.slice(0, Number(values.limit)) : all;
  say(`onboarding ${codes.length} counties, ${concurrency} at a time ...`);
  let lastShown = 0;
  const onboarded = await onboardCounties(database, codes, {
    concurrency,
    onProgress: (done, total) => {
      if (done === total || performance.now() - lastShown > 5000) {
        lastShown = performance.now();
        say(`  ${done}/${total} counties`);
      }
    },
  });
  const wallMs = performance.now() - started;
  const peakMb = peakMemoryMb();
  await database.close();
  say('COPY of the same rows into a fresh database of the same schema ...');
  const copy = await copyBaseline(cluster);
  const rows = onboarded.townships + onboarded.villages;
  const table = markdownTable(
    ['import', 'ours', 'baseline', 'ratio'],
    [
      [
        `onboard ${num(onboarded.counties)} counties: ${num(rows)} townships + villages, rows/s (baseline: COPY of the same rows)`,
        num(onboarded.rowsPerSecond),
        num(copy.rowsPerSecond),
        `${num(onboarded.rowsPerSecond / copy.rowsPerSecond, 3)}x`,
      ],
      [
        'onboarding time (baseline: COPY time)',
        ms(onboarded.ms),
        ms(copy.ms),
        `${num(onboarded.ms / copy.ms, 2)}x`,
      ],
      [
        `reference import: ${num(reference.divisions.rowCount)} division codes + former codes, rows/s`,
        num((reference.divisions.rowCount / reference.ms) * 1000),
        '',
        '',
      ],
      ['total wall time, indexes built (cluster start to last county)', ms(wallMs), '', ''],
      ['peak memory (maxRSS of the importing process)', `${num(peakMb)} MB`, '', ''],
    ],
  );
  process.stdout.write(`\n${table}\n`);
  if (copy.rows !== rows) throw new Error(`COPY moved ${copy.rows} rows, onboarding wrote ${rows}`);
} finally {
  cluster.stop();
}
