import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Scalar } from '@scalar/hono-api-reference';
import { Hono } from 'hono';
import type { AppEnv } from '../context';

const require = createRequire(import.meta.url);
// The package exports no subpath for its browser bundle; it sits beside the entry point.
const scalarBundle = join(dirname(require.resolve('@scalar/api-reference')), 'browser/standalone.js');

/**
 * `/api/docs`: the API reference page (Scalar) over `/api/openapi.json`. Scalar's script is served from
 * our own origin, not a CDN, so the page works offline and under our CSP.
 */
export function docsRoutes() {
  const app = new Hono<AppEnv>();
  let bundle: Promise<string> | undefined;
  app.get('/api/docs/scalar.js', async (c) => {
    bundle ??= readFile(scalarBundle, 'utf8');
    c.header('content-type', 'text/javascript; charset=utf-8');
    c.header('cache-control', 'public, max-age=86400');
    return c.body(await bundle);
  });
  app.get(
    '/api/docs',
    Scalar((c) => ({
      url: '/api/openapi.json',
      cdn: '/api/docs/scalar.js',
      pageTitle: 'Cunshe API',
      nonce: c.get('secureHeadersNonce'),
    })),
  );
  return app;
}
