import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import { sessionMiddleware } from './auth/session-middleware';
import type { Services } from './context';
import { dashboardRoutes } from './dashboard/routes';
import { docsRoutes } from './docs/routes';
import { evaluationRoutes } from './evaluation/routes';
import { formsRoutes } from './forms/routes';
import { healthRoutes } from './health/routes';
import { ledgersRoutes } from './ledgers/routes';
import { open311KeyRoutes } from './open311/key-routes';
import { open311Routes } from './open311/routes';
import { createRouter } from './openapi';
import { partyRoutes } from './party/routes';
import { pluginRoutes } from './plugin-host/mount-plugin-routes';
import { PluginRegistry } from './plugin-host/plugin-registry';
import { pluginHostRoutes } from './plugin-host/routes';
import { handleError, problem } from './problem';
import { serviceRequestsRoutes } from './service-requests/routes';
import { tenantsRoutes } from './tenants/routes';
import { rolePermissionsRoutes } from './users/role-permissions-routes';
import { usersRoutes } from './users/routes';
import { villagesRoutes } from './villages/routes';
import { originAndContentTypeCheck, securityHeaders } from './web-protections';

/** Options of {@link createApp}: the services, and the built admin to serve at `/` (omitted in tests). */
export interface AppOptions extends Services {
  adminDir?: string | undefined;
  /** The loaded plugins, whose routes are mounted under `/api/plugins/<id>`; none when omitted. */
  plugins?: PluginRegistry | undefined;
}

/**
 * The whole HTTP API as one Hono app: middleware, core routes, the OpenAPI document at
 * `/api/openapi.json`, the reference page at `/api/docs`, and the admin's files with client-side routes
 * falling back to `index.html`. Tests call `app.request()` on it with no server.
 */
export function createApp(options: AppOptions) {
  const { logger, adminDir } = options;
  const app = createRouter();

  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  app.use(securityHeaders());
  app.use('/api/*', originAndContentTypeCheck());
  const limitBody = bodyLimit({
    maxSize: 1024 * 1024,
    onError: (c) => problem(c, { title: 'Content Too Large', status: 413, detail: 'The limit is 1 MiB.' }),
  });
  // No route reads the body of a GET or HEAD; asking for it would build a whole fetch Request on Node.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );
  app.use('/api/*', sessionMiddleware(options));

  app.route('/', healthRoutes(options));
  app.route('/', docsRoutes());
  app.route('/', authRoutes(options));
  app.route('/', usersRoutes(options));
  app.route('/', rolePermissionsRoutes(options));
  app.route('/', auditRoutes(options));
  app.route('/', villagesRoutes(options));
  app.route('/', tenantsRoutes(options));
  app.route('/', partyRoutes(options));
  app.route('/', evaluationRoutes(options));
  app.route('/', dashboardRoutes(options));
  const registry = options.plugins ?? new PluginRegistry();
  app.route('/', pluginHostRoutes({ ...options, registry }));
  app.route('/', formsRoutes({ ...options, registry }));
  app.route('/', serviceRequestsRoutes({ ...options, registry }));
  app.route('/', ledgersRoutes({ ...options, registry }));
  app.route('/', open311KeyRoutes(options));
  app.route('/', open311Routes({ ...options, registry }));
  app.route('/', pluginRoutes({ ...options, registry }));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Cunshe API', version: '0.1.0', description: '村社: village community platform' },
  });
  app.all('/api/*', (c) => problem(c, { title: 'Not Found', status: 404, detail: `No route ${c.req.path}` }));

  if (adminDir && existsSync(join(adminDir, 'index.html'))) {
    const root = relative(process.cwd(), adminDir) || '.';
    let indexHtml: Promise<string> | undefined;
    app.use('/*', serveStatic({ root }));
    app.get('/*', async (c) => {
      indexHtml ??= readFile(join(adminDir, 'index.html'), 'utf8');
      return c.html(await indexHtml);
    });
  }
  app.notFound((c) => problem(c, { title: 'Not Found', status: 404 }));
  app.onError(handleError(logger));
  return app;
}

/** The API's Hono app type, for typed clients. */
export type App = ReturnType<typeof createApp>;
