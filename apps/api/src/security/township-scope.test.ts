import { can, villageResource } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import { NotAllowedError, NotFoundError } from '@cunshe/errors';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentUser } from '../auth/current-user';
import { requirePermission } from '../auth/require-permission';
import { sessionMiddleware } from '../auth/session-middleware';
import { createTestApp } from '../auth/test-kit';
import type { AppEnv } from '../context';
import { buildHarnessWorld, type HarnessWorld, sessionFor } from './harness-world';

let database: Database;
let world: HarnessWorld;
const probe = new Hono<AppEnv>();

beforeAll(async () => {
  ({ database } = await createTestApp());
  world = await buildHarnessWorld(database);
  // The pattern every village route follows: the middleware checks the role, the handler the geography.
  probe.use('/api/*', sessionMiddleware({ database }));
  probe.get('/api/probe/villages/:id', requirePermission('villages:read'), async (c) => {
    const user = currentUser(c);
    if (!user.tenantId) throw new NotAllowedError('No county.');
    const [village] = await database.withTenant(user.tenantId, (tx) =>
      tx
        .select()
        .from(villages)
        .where(eq(villages.id, c.req.param('id'))),
    );
    if (!village || !can(user, 'villages:read', villageResource(village)))
      throw new NotFoundError('No such village here.');
    return c.json({ name: village.name });
  });
  probe.onError((error, c) => c.json({ error: error.name }, error instanceof NotFoundError ? 404 : 403));
});
afterAll(() => database.close());

async function read(userKey: string, townshipIndex: number, villageIndex: number) {
  const user = world.a.users[userKey];
  const village = world.a.townships[townshipIndex]?.villages[villageIndex];
  if (!user || !village) throw new Error('missing');
  const res = await probe.request(`/api/probe/villages/${village.id}`, {
    headers: { cookie: `cunshe_session=${await sessionFor(database, user)()}` },
  });
  return res.status;
}

describe('geography', () => {
  it('lets a township admin read their township’s village and refuses another township’s', async () => {
    expect(await read('t2', 1, 0)).toBe(200);
    expect(await read('t2', 0, 0)).toBe(404);
    expect(await read('t1', 0, 1)).toBe(200);
    expect(await read('t1', 1, 1)).toBe(404);
  });

  it('keeps a village admin in their village and gives a county viewer the county', async () => {
    expect(await read('v11', 0, 0)).toBe(200);
    expect(await read('v11', 0, 1)).toBe(404);
    expect(await read('viewer', 1, 1)).toBe(200);
  });
});
