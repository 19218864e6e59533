import type { PublicUser } from '@cunshe/auth';
import { createUser } from '@cunshe/auth';
import { createTestCounty, type TestCounty } from '@cunshe/auth/testing';
import type { Database } from '@cunshe/db';
import type { UserRole } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import pino from 'pino';
import { createApp } from '../app';
import { asUser } from '../auth/test-kit';
import { parseEnv } from '../env';
import { sessionFor } from '../security/harness-world';
import { fictionalIdNumber } from './fictional-id-numbers';

/** The users of a party test county, by key. */
export type PartyTestUserKey = 'county' | 'township' | 'village' | 'otherVillage' | 'staff' | 'viewer';

/**
 * A county for party route tests: 2 townships of 2 villages, a user per role (the village admin of 村1-1,
 * another of 村1-2, the township admin of 镇1, station staff of 村1-1, a county viewer), and every log line
 * the app writes, to show that no ID or phone number gets there.
 */
export async function createPartyTestWorld() {
  const database: Database = await createTestDatabase();
  const logs: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void logs.push(line) });
  const app = createApp({ database, env: parseEnv({ NODE_ENV: 'test' }), logger });
  const county: TestCounty = await createTestCounty(database, { code: '990101', name: '测试县' });
  const t1 = county.townships[0];
  const t2 = county.townships[1];
  if (!t1 || !t2) throw new Error('party test: townships missing');
  const v11 = t1.villages[0];
  const v12 = t1.villages[1];
  const v21 = t2.villages[0];
  if (!v11 || !v12 || !v21) throw new Error('party test: villages missing');
  const plan: [PartyTestUserKey, UserRole, { townshipId?: string; villageId?: string }][] = [
    ['county', 'county-admin', {}],
    ['township', 'township-admin', { townshipId: t1.id }],
    ['village', 'village-admin', { villageId: v11.id }],
    ['otherVillage', 'village-admin', { villageId: v12.id }],
    ['staff', 'station-staff', { villageId: v11.id }],
    ['viewer', 'viewer', {}],
  ];
  const users = {} as Record<PartyTestUserKey, PublicUser>;
  const tokens = {} as Record<PartyTestUserKey, string>;
  for (const [key, role, scope] of plan) {
    users[key] = await createUser(database, {
      tenantId: county.tenantId,
      username: `party-${key.toLowerCase()}`,
      password: 'party test password',
      role,
      displayName: `党建${key}`,
      ...scope,
    });
    tokens[key] = await sessionFor(database, users[key])();
  }

  async function call<T = Record<string, unknown>>(
    who: PartyTestUserKey,
    method: string,
    path: string,
    json?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await app.request(
      path,
      asUser(tokens[who], { method, ...(json !== undefined ? { json } : {}) }),
    );
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  let sequence = 0;
  /** A new fictional, valid ID number. */
  const newIdNumber = (gender: 'male' | 'female' = 'female', birthDate = '1980-05-17') =>
    fictionalIdNumber({ regionCode: '361003', birthDate, sequence: ++sequence, gender });

  return {
    database,
    app,
    logs,
    county,
    users,
    tokens,
    call,
    newIdNumber,
    villages: { v11, v12, v21 },
    townships: { t1, t2 },
  };
}

/** The world of {@link createPartyTestWorld}. */
export type PartyTestWorld = Awaited<ReturnType<typeof createPartyTestWorld>>;
