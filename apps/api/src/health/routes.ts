import { migrationStatus } from '@cunshe/db';
import { createRoute, z } from '@hono/zod-openapi';
import type { Services } from '../context';
import { createRouter } from '../openapi';
import { problem } from '../problem';

const healthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['pglite', 'postgres']),
    migrations: z.object({ applied: z.number().int(), expected: z.number().int() }),
  })
  .openapi('Health');

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['health'],
  summary: 'Whether the database answers and its migrations are current',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: healthSchema } } },
    503: { description: 'The database does not answer or is behind on migrations' },
  },
});

/** `GET /api/health`: 200 `{ status: 'ok', ... }` when the database answers and migrations are current. */
export function healthRoutes({ database, logger }: Services) {
  return createRouter().openapi(healthRoute, async (c) => {
    try {
      const migrations = await migrationStatus(database);
      if (migrations.applied !== migrations.expected) {
        return problem(c, { title: 'Migrations pending', status: 503, detail: JSON.stringify(migrations) });
      }
      return c.json({ status: 'ok' as const, database: database.kind, migrations }, 200);
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      return problem(c, { title: 'Database unavailable', status: 503 });
    }
  });
}
