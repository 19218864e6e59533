import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { assertSafeApiRole, migrate, openDatabase } from '@cunshe/db';
import { createPersonalDataProtector } from '@cunshe/personal-data';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from './app';
import { seedDemo } from './demo/seed-demo';
import { ConfigError, parseEnv, personalDataKeyOf } from './env';
import { discoverPlugins } from './plugin-host/discover-plugins';
import { loadPlugins } from './plugin-host/load-plugins';
import { PluginRegistry } from './plugin-host/plugin-registry';

const adminDir = fileURLToPath(new URL('../../admin/dist', import.meta.url));

/** Fails at once when the port is taken, rather than after the first start's long demo import. */
function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use by another program: stop it, or set PORT to a free port.`)
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main() {
  const env = parseEnv(process.env);
  await assertPortFree(env.PORT, env.HOST);
  // Refuses production without PERSONAL_DATA_KEY before anything else starts.
  const personalData = createPersonalDataProtector(personalDataKeyOf(env));
  const logger = pino({ level: env.LOG_LEVEL });
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await migrate(database);
  await assertSafeApiRole(database);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const plugins = new PluginRegistry(
    await loadPlugins(
      database,
      (await discoverPlugins({ packages: env.CUNSHE_PLUGINS })).map((p) => p.plugin),
    ),
  );
  const demo = env.isDemo
    ? await seedDemo(database, {
        password: env.DEMO_PASSWORD,
        plugins,
        logger,
        report: (line) => say(`[demo] ${line}`),
        personalData,
      })
    : undefined;
  const app = createApp({ database, env, logger, adminDir, plugins, personalData });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => {
    const where = env.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${env.DATA_DIR}`;
    logger.info({ port: env.PORT, database: database.kind }, 'listening');
    say(`\nCunshe is running at http://localhost:${env.PORT} (database: ${where})`);
    if (demo?.isPasswordGenerated) {
      say(`Demo accounts: demo (东乡区 county admin) and operator (platform), password: ${demo.password}`);
    } else if (demo) {
      const password = env.DEMO_PASSWORD
        ? 'password from DEMO_PASSWORD'
        : 'password as printed when the demo was first seeded (delete the data folder for a fresh demo)';
      say(`Demo accounts: demo (东乡区 county admin) and operator (platform), ${password}`);
    }
    say('');
  });
  const stop = () => {
    server.close();
    database.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Cunshe could not start.\n${message}\n`);
  process.exit(1);
});
