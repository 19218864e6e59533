import type { Database } from '@cunshe/db';
import { NotSignedInError } from '@cunshe/errors';
import type { PluginEnv } from '@cunshe/plugin-sdk';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../context';
import { handleError } from '../problem';
import { pluginContext } from './plugin-context';
import type { PluginRegistry } from './plugin-registry';

/**
 * Mounts every plugin's routes under `/api/plugins/<id>`, behind sign-in, with `c.var.cunshe` set for the
 * request. A plugin's failing route is contained: its error is logged with the plugin's id and answered as
 * problem+json (500 for an unexpected error), and the host and the other plugins go on.
 */
export function pluginRoutes(input: { database: Database; logger: Logger; registry: PluginRegistry }) {
  const app = new Hono<AppEnv>();
  for (const plugin of input.registry.definitions) {
    if (!plugin.routes) continue;
    const routes = new Hono<PluginEnv<Record<string, unknown>> & AppEnv>();
    routes.use(async (c, next) => {
      const user = c.get('user');
      if (!user) throw new NotSignedInError('Sign in first.');
      const context = pluginContext({
        database: input.database,
        plugin,
        user,
        requestId: c.get('requestId'),
        registry: input.registry,
        logger: input.logger,
      });
      c.set('cunshe', context);
      await next();
    });
    plugin.routes(routes as never);
    routes.onError(handleError(input.logger.child({ pluginId: plugin.id })));
    app.route(`/api/plugins/${plugin.id}`, routes);
  }
  return app;
}
