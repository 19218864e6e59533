import type { Database } from '@cunshe/db';
import { auditLog, loginThrottles } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { NotSignedInError, TooManyRequestsError } from '@cunshe/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from './create-user';
import { login, WRONG_CREDENTIALS } from './login';
import { sessionIdOf } from './session-token';
import { createTestCounty } from './testing';

let database: Database;
let tenantId: string;
const password = 'correct horse';

beforeAll(async () => {
  database = await createTestDatabase();
  tenantId = (await createTestCounty(database, { code: '361003', name: '东乡区' })).tenantId;
  for (const [username, mobile] of [
    ['lisi', '13800138000'],
    ['wangwu', null],
    ['zhaoliu', null],
    ['sunqi', null],
  ] as const) {
    await createUser(database, {
      tenantId,
      username,
      mobile,
      password,
      role: 'county-admin',
      displayName: username,
    });
  }
});
afterAll(() => database.close());

async function failure(attempt: Promise<unknown>): Promise<unknown> {
  return attempt.then(
    () => {
      throw new Error('expected the login to fail');
    },
    (error: unknown) => error,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe('login', () => {
  it('logs in by login name or mobile number, each time with a new session', async () => {
    const first = await login(database, { username: ' LiSi ', password });
    const second = await login(database, { username: '13800138000', password });
    expect(first.user.username).toBe('lisi');
    expect(second.user.id).toBe(first.user.id);
    expect(second.session.id).not.toBe(first.session.id);
    expect(first.session.id).toBe(sessionIdOf(first.token));
  });

  it('answers a wrong password and an unknown user alike, in similar time', async () => {
    const wrong = await failure(login(database, { username: 'wangwu', password: 'wrong password' }));
    const unknown = await failure(login(database, { username: 'nobody', password: 'wrong password' }));
    for (const error of [wrong, unknown]) {
      expect(error).toBeInstanceOf(NotSignedInError);
      expect((error as Error).message).toBe(WRONG_CREDENTIALS);
    }
    const times = { wrong: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 4; i++) {
      for (const [kind, username] of [
        ['wrong', 'zhaoliu'],
        ['unknown', `nobody${i}`],
      ] as const) {
        const started = performance.now();
        await failure(login(database, { username, password: `wrong ${i}` }));
        times[kind].push(performance.now() - started);
      }
    }
    const ratio = median(times.unknown) / median(times.wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('audits a failed and a successful login in the user’s county', async () => {
    await failure(login(database, { username: 'sunqi', password: 'nope nope', ipAddress: '10.0.0.9' }));
    await login(database, { username: 'sunqi', password, ipAddress: '10.0.0.9', requestId: 'req-1' });
    const entries = await database.withTenant(tenantId, (tx) => tx.select().from(auditLog));
    const actions = entries.filter((e) => e.action.startsWith('auth.')).map((e) => e.action);
    expect(actions).toContain('auth.login-failed');
    expect(actions).toContain('auth.login');
    expect(entries.find((e) => e.requestId === 'req-1')?.actorName).toBe('sunqi');
  });

  it('throttles an account with growing delays, resets on success, and never locks for good', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const clock = { now: () => now };
    await createUser(database, { tenantId, username: 'slow', password, role: 'viewer', displayName: 'slow' });
    for (let i = 0; i < 5; i++) {
      expect(
        await failure(login(database, { username: 'slow', password: 'bad guess' }, clock)),
      ).toBeInstanceOf(NotSignedInError);
    }
    // The 5th failure set a 1 s delay: even the right password waits.
    const waiting = await failure(login(database, { username: 'slow', password }, clock));
    expect(waiting).toBeInstanceOf(TooManyRequestsError);
    expect((waiting as TooManyRequestsError).retryAfterSeconds).toBe(1);
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      now = new Date(now.getTime() + 20 * 60 * 1000);
      await failure(login(database, { username: 'slow', password: 'bad guess' }, clock));
      const blocked = await failure(login(database, { username: 'slow', password: 'bad guess' }, clock));
      delays.push((blocked as TooManyRequestsError).retryAfterSeconds);
    }
    expect(delays.slice(0, 4)).toEqual([2, 4, 8, 16]);
    expect(Math.max(...delays)).toBe(15 * 60);
    // After the capped delay the right password works and the counter starts again.
    now = new Date(now.getTime() + 15 * 60 * 1000);
    await login(database, { username: 'slow', password }, clock);
    const rows = await database.withPlatform((tx) => tx.select().from(loginThrottles));
    expect(rows.some((row) => row.key.startsWith('user:') && row.failures > 0 && row.lockedUntil > now)).toBe(
      false,
    );
    expect(await failure(login(database, { username: 'slow', password: 'bad guess' }, clock))).toBeInstanceOf(
      NotSignedInError,
    );
  });

  it('throttles an unknown login name exactly like a known one', async () => {
    const now = new Date('2031-01-01T00:00:00Z');
    const outcomes: string[][] = [[], []];
    for (const [i, username] of ['zhaoliu', 'nosuchuser'].entries()) {
      for (let n = 0; n < 7; n++) {
        const error = await failure(login(database, { username, password: 'bad guess' }, { now: () => now }));
        outcomes[i]?.push((error as Error).name);
      }
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
    expect(outcomes[0]?.at(-1)).toBe('TooManyRequestsError');
  });

  it('throttles a client address across accounts', async () => {
    const now = new Date('2032-01-01T00:00:00Z');
    const errors: string[] = [];
    for (let n = 0; n < 21; n++) {
      const error = await failure(
        login(
          database,
          { username: `guess${n}`, password: 'bad guess', ipAddress: '203.0.113.7' },
          { now: () => now },
        ),
      );
      errors.push((error as Error).name);
    }
    expect(errors.at(-1)).toBe('TooManyRequestsError');
    const elsewhere = await failure(
      login(
        database,
        { username: 'guess99', password: 'bad guess', ipAddress: '203.0.113.8' },
        { now: () => now },
      ),
    );
    expect(elsewhere).toBeInstanceOf(NotSignedInError);
  });
});
