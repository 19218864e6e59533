import type { Database } from '@cunshe/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { createTestApp } from '../auth/test-kit';
import { buildHarnessWorld, countyVictim, type HarnessWorld, sessionFor } from './harness-world';
import { probeRequests } from './probe-routes';
import { registeredRoutes } from './registered-routes';
import type { OpenApiDocument } from './request-samples';
import { changedTables, fingerprint, tenantTables } from './scope-fingerprint';

let app: App;
let database: Database;
let world: HarnessWorld;

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  world = await buildHarnessWorld(database);
});
afterAll(() => database.close());

describe('a viewer', () => {
  it('is refused every write of every registered route, on its own county’s rows, with 403 and no change', async () => {
    // Writes to one's own account (log in and out, change password, end one's sessions) are not data writes.
    const writes = registeredRoutes(app).filter(
      (route) =>
        ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method) && !route.path.startsWith('/api/auth/'),
    );
    expect(writes.length).toBeGreaterThan(5);
    const openapi = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument;
    const own = countyVictim(world.a);
    const tables = await tenantTables(database);
    const tokens = new Map<string, string>();
    for (const viewer of [world.a.users.viewer, world.a.users['t2-viewer']]) {
      if (viewer) tokens.set(viewer.id, await sessionFor(database, viewer)());
    }
    const before = await fingerprint(database, own.rows, tables);
    const answers: string[] = [];
    for (const viewer of [world.a.users.viewer, world.a.users['t2-viewer']]) {
      if (!viewer) throw new Error('no viewer');
      // One session each, made before the fingerprint: only the probes' effects may show.
      const token = tokens.get(viewer.id);
      for (const route of writes) {
        for (const probe of probeRequests(openapi, route, [own.candidates])) {
          const res = await app.request(probe.url, {
            method: route.method,
            headers: { cookie: `cunshe_session=${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(probe.body),
          });
          if (res.status !== 403)
            answers.push(`${viewer.username} ${route.method} ${probe.url} → ${res.status}`);
        }
      }
    }
    expect(answers).toEqual([]);
    expect(changedTables(before, await fingerprint(database, own.rows, tables))).toEqual([]);
  }, 900_000);
});
