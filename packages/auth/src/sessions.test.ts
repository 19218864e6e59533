import type { Database } from '@cunshe/db';
import { sessions } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from './create-session';
import { createUser } from './create-user';
import { defaultSessionPolicy } from './options';
import { generateSessionToken, isSessionTokenShape, sessionIdOf } from './session-token';
import { createTestCounty } from './testing';
import { validateSession } from './validate-session';

const HOUR = 60 * 60 * 1000;
let database: Database;
let userId: string;
let tenantId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const county = await createTestCounty(database, { code: '361003', name: '东乡区' });
  tenantId = county.tenantId;
  userId = (
    await createUser(database, {
      tenantId,
      username: 'zhangsan',
      password: 'correct horse',
      role: 'county-admin',
      displayName: '张三',
    })
  ).id;
});
afterAll(() => database.close());

function start(now: Date) {
  return database.withTenant(tenantId, (tx) => createSession(tx, { userId, tenantId, now }));
}

describe('session tokens', () => {
  it('are 160 random bits in lowercase base32, and only their SHA-256 is stored', async () => {
    const token = generateSessionToken();
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(isSessionTokenShape(token)).toBe(true);
    expect(generateSessionToken()).not.toBe(token);
    const { token: issued, session } = await start(new Date());
    expect(session.id).toBe(sessionIdOf(issued));
    expect(session.id).toMatch(/^[0-9a-f]{64}$/);
    expect(session.id).not.toContain(issued);
  });
});

describe('validateSession', () => {
  it('accepts a fresh session and refuses junk, unknown and hashed tokens', async () => {
    const now = new Date();
    const { token, session } = await start(now);
    const valid = await validateSession(database, token, { now: () => now });
    expect(valid?.user.id).toBe(userId);
    expect(valid?.isRefreshed).toBe(false);
    expect(await validateSession(database, 'not a token')).toBeNull();
    expect(await validateSession(database, generateSessionToken())).toBeNull();
    expect(await validateSession(database, session.id)).toBeNull();
  });

  it('refuses a session idle for longer than the idle timeout, and deletes it', async () => {
    const now = new Date();
    const { token, session } = await start(now);
    const later = new Date(now.getTime() + defaultSessionPolicy.idleTimeoutMs + 1000);
    expect(await validateSession(database, token, { now: () => later })).toBeNull();
    const rows = await database.withPlatform((tx) =>
      tx.select().from(sessions).where(eq(sessions.id, session.id)),
    );
    expect(rows).toEqual([]);
  });

  it('slides when used past half its idle time, but never beyond the absolute lifetime', async () => {
    let now = new Date();
    const { token, session } = await start(now);
    now = new Date(now.getTime() + 7 * HOUR);
    const used = await validateSession(database, token, { now: () => now });
    expect(used?.isRefreshed).toBe(true);
    expect(used?.session.expiresAt.getTime()).toBe(now.getTime() + defaultSessionPolicy.idleTimeoutMs);
    // Used every 10 hours, it stays alive until the absolute expiry and not a moment longer.
    while (now.getTime() + 10 * HOUR < session.absoluteExpiresAt.getTime()) {
      now = new Date(now.getTime() + 10 * HOUR);
      const again = await validateSession(database, token, { now: () => now });
      expect(again).not.toBeNull();
      expect(again?.session.expiresAt.getTime()).toBeLessThanOrEqual(session.absoluteExpiresAt.getTime());
    }
    now = new Date(session.absoluteExpiresAt.getTime() + 1);
    expect(await validateSession(database, token, { now: () => now })).toBeNull();
  });

  it('refuses a session past its absolute expiry even when its idle expiry is later', async () => {
    const now = new Date();
    const { token, session } = await start(now);
    await database.withPlatform((tx) =>
      tx
        .update(sessions)
        .set({
          expiresAt: new Date(now.getTime() + 30 * HOUR),
          absoluteExpiresAt: new Date(now.getTime() + HOUR),
        })
        .where(eq(sessions.id, session.id)),
    );
    expect(
      await validateSession(database, token, { now: () => new Date(now.getTime() + 2 * HOUR) }),
    ).toBeNull();
  });
});
