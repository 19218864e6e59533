import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess, waitFor200 } from '../processes';

/** Milliseconds from spawning the start command to the first 200 of `/api/health`. */
export interface ColdStart {
  freshMs: number;
  seededMs: number;
  /** The floor: `pnpm exec node` with a bare node:http server answering 200. */
  floorMs: number;
}

async function timeToHealth(command: string, args: string[], env: Record<string, string>, port: number) {
  const since = performance.now();
  const started = startProcess(command, args, { cwd: '.', env });
  try {
    return await waitFor200(`http://127.0.0.1:${port}/api/health`, started, { since, timeoutMs: 600_000 });
  } finally {
    await started.stop();
  }
}

/** The age at which the API takes over a data folder's lock left behind (`lockDataDir` in @cunshe/db). */
const STALE_LOCK_MS = 15_000;

/**
 * Waits until the data folder's lock is released, or old enough to be taken over: an API stopped with
 * SIGKILL (its PGlite still closing when the grace period ran out) leaves it behind.
 */
async function lockReleased(dataDir: string): Promise<void> {
  const lock = join(dataDir, 'cunshe.lock');
  const ageOf = () => {
    const stat = statSync(lock, { throwIfNoEntry: false });
    return stat ? Date.now() - stat.mtimeMs : Number.POSITIVE_INFINITY;
  };
  while (ageOf() < STALE_LOCK_MS + 1000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Cold start of the README's start command, `pnpm --filter @cunshe/api start` (it builds the admin, then
 * starts the API on PGlite in demo mode): once with a fresh data folder, which includes the demo's full
 * import of the national division codes and 东乡区, and once more on the folder it just seeded.
 */
export async function coldStart(port: number): Promise<ColdStart> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cunshe-bench-start-'));
  const env = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_PASSWORD: 'bench-demo-password-1',
    LOG_LEVEL: 'warn',
  };
  try {
    const start = ['--filter', '@cunshe/api', 'start'];
    const freshMs = await timeToHealth('pnpm', start, env, port);
    await lockReleased(dataDir);
    const seededMs = await timeToHealth('pnpm', start, env, port);
    const server = `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`;
    const floorMs = await timeToHealth(
      'pnpm',
      ['--filter', '@cunshe/api', 'exec', 'node', '-e', server],
      env,
      port,
    );
    return { freshMs, seededMs, floorMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
