import { mkdtempSync, rmSync } from 'node:fs';
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
