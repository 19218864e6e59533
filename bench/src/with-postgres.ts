/**
 * Runs a command with `DATABASE_URL` pointing at a throwaway PostgreSQL cluster, stopped afterwards:
 * `pnpm --filter @cunshe/bench exec tsx src/with-postgres.ts pnpm --filter @cunshe/db test`.
 */
import { spawnSync } from 'node:child_process';
import { startPostgres } from './postgres-cluster';

const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('usage: with-postgres.ts <command> [args...]');
const cluster = await startPostgres();
const run = spawnSync(command, args, {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: cluster.url },
});
cluster.stop();
process.exitCode = run.status ?? 1;
