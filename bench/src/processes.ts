import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A child process started in its own process group, so stopping it also stops what it started. */
export interface Started {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr), for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) if (child.pid) killGroup(child.pid, 'SIGKILL');
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `command` in `cwd` (relative to the workspace root) with `env` added to ours, in its own process
 * group; its output is kept, not shown.
 */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Started {
  const child = spawn(command, args, {
    cwd: join(ROOT, options.cwd),
    env: { ...process.env, ...options.env },
    detached: true,
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        killGroup(child.pid, 'SIGTERM');
        const timer = setTimeout(() => child.pid && killGroup(child.pid, 'SIGKILL'), 5000);
        await exited;
        // The leader (pnpm, tsx) may exit before the node process it started has closed its database.
        for (let waited = 0; isGroupAlive(child.pid) && waited < 10_000; waited += 50) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        killGroup(child.pid, 'SIGKILL');
        clearTimeout(timer);
      }
      running.delete(child);
    },
  };
}

/**
 * Polls `url` until it answers 200; answers the milliseconds from `since` to that answer.
 * @throws Error with the process's output when it exits first or `timeoutMs` passes.
 */
export async function waitFor200(
  url: string,
  started: Started,
  options: { since?: number; timeoutMs?: number; intervalMs?: number } = {},
): Promise<number> {
  const since = options.since ?? performance.now();
  const deadline = since + (options.timeoutMs ?? 120_000);
  while (performance.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(`${started.child.spawnargs.join(' ')} exited:\n${started.output().slice(-3000)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
  }
  throw new Error(`${url} gave no 200 in time:\n${started.output().slice(-3000)}`);
}

/** Environment of the API in production mode, quiet (pino at `warn`: no request log lines). */
export function apiEnv(
  port: number,
  database: { url: string } | { dataDir: string },
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
    ...('url' in database ? { DATABASE_URL: database.url } : { DATA_DIR: database.dataDir }),
  };
}

/**
 * Starts the API exactly as `pnpm start` runs it after building the admin (`tsx src/main.ts`): the whole
 * Hono app on @hono/node-server with every middleware and plugin, in production mode.
 */
export async function startApi(port: number, database: { url: string } | { dataDir: string }) {
  const api = startProcess('node', ['--import', 'tsx', 'src/main.ts'], {
    cwd: 'apps/api',
    env: apiEnv(port, database),
  });
  // PGlite compiles its WebAssembly and migrates every plugin first: minutes on a machine busy elsewhere.
  await waitFor200(`http://127.0.0.1:${port}/api/health`, api, { timeoutMs: 300_000 });
  return api;
}

/** Starts one of our bench servers (`src/servers/<name>.ts`) and waits until `/health` answers. */
export async function startBenchServer(name: string, port: number, env: Record<string, string>) {
  const server = startProcess('node', ['--import', 'tsx', `src/servers/${name}.ts`], {
    cwd: 'bench',
    env: { ...env, PORT: String(port) },
  });
  await waitFor200(`http://127.0.0.1:${port}/health`, server);
  return server;
}
