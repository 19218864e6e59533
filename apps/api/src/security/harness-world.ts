import { createSession, createUser, login, type PublicUser, setRoleGrants } from '@cunshe/auth';
import { createTestCounty, type TestCounty } from '@cunshe/auth/testing';
import type { Database } from '@cunshe/db';
import { auditLog, type UserRole } from '@cunshe/db/schema';
import type { Victim } from './probe-routes';

/** The password of every harness user. */
export const HARNESS_PASSWORD = 'harness password';

/** A county of the harness: its geography and one user per role and place. */
export interface HarnessCounty extends TestCounty {
  users: Record<string, PublicUser>;
  auditIds: string[];
}

/** Two counties, each with 2 townships of 2 villages and users at every level, plus a platform operator. */
export interface HarnessWorld {
  a: HarnessCounty;
  b: HarnessCounty;
  operator: PublicUser;
}

async function seedCounty(
  database: Database,
  letter: 'a' | 'b',
  code: string,
  name: string,
  mobileBase: number,
) {
  const county = await createTestCounty(database, { code, name });
  const t1 = county.townships[0];
  const t2 = county.townships[1];
  if (!t1 || !t2) throw new Error('harness: townships missing');
  const plan: [string, UserRole, string, { townshipId?: string; villageId?: string }][] = [
    ['county', 'county-admin', '管理员', {}],
    ['t1', 'township-admin', '乡一管理员', { townshipId: t1.id }],
    ['t2', 'township-admin', '乡二管理员', { townshipId: t2.id }],
    ['v11', 'village-admin', '村一一管理员', { villageId: t1.villages[0]?.id ?? '' }],
    ['v12', 'village-admin', '村一二管理员', { villageId: t1.villages[1]?.id ?? '' }],
    ['v21', 'station-staff', '村二一站员', { villageId: t2.villages[0]?.id ?? '' }],
    ['viewer', 'viewer', '观察员', {}],
    ['t2-viewer', 'viewer', '乡二观察员', { townshipId: t2.id }],
  ];
  const users: Record<string, PublicUser> = {};
  let n = 0;
  for (const [key, role, label, scope] of plan) {
    users[key] = await createUser(database, {
      tenantId: county.tenantId,
      username: `qzx${letter}-${key}`,
      password: HARNESS_PASSWORD,
      role,
      displayName: `${name}${label}`,
      mobile: String(mobileBase + n++),
      ...scope,
    });
  }
  // Give the county an audit trail and grants, so that those rows exist to leak or to change.
  for (const key of ['county', 't1', 'v11']) {
    await login(database, {
      username: `qzx${letter}-${key}`,
      password: HARNESS_PASSWORD,
      ipAddress: '10.0.0.1',
    });
  }
  const admin = await login(database, { username: `qzx${letter}-county`, password: HARNESS_PASSWORD });
  await setRoleGrants(database, {
    actor: admin.user,
    grants: [{ role: 'station-staff', permissions: [`harness-${letter}:submit`] }],
  });
  const auditIds = await database.withTenant(county.tenantId, async (tx) =>
    (await tx.select({ id: auditLog.id }).from(auditLog)).map((row) => row.id),
  );
  return { ...county, users, auditIds };
}

/** Builds the harness's two counties and the platform operator. */
export async function buildHarnessWorld(database: Database): Promise<HarnessWorld> {
  const a = await seedCounty(database, 'a', '990001', '甲县', 13_900_001_000);
  const b = await seedCounty(database, 'b', '990002', '乙县', 13_900_002_000);
  const operator = await createUser(database, {
    tenantId: null,
    username: 'qzx-operator',
    password: HARNESS_PASSWORD,
    role: 'platform-operator',
    displayName: '平台运维',
  });
  return { a, b, operator };
}

/** A fresh session for a harness user, straight into the database (no password hashing per probe). */
export function sessionFor(database: Database, user: PublicUser): () => Promise<string> {
  return async () => {
    const { token } = await database.withPlatform((tx) =>
      createSession(tx, { userId: user.id, tenantId: user.tenantId }),
    );
    return token;
  };
}

function personalMarkers(users: PublicUser[]): string[] {
  return users.flatMap((u) => [u.id, u.username, u.displayName, ...(u.mobile ? [u.mobile] : [])]);
}

/**
 * A whole county as a victim. For the platform operator (`isPlatformOperator`) only people's data are
 * markers (it may see a county's name, code and health) and it may change the county's `tenants` row
 * (disable, enable) with its audit entry, but no other row.
 */
export function countyVictim(county: HarnessCounty, options: { isPlatformOperator?: boolean } = {}): Victim {
  const users = Object.values(county.users);
  const villages = county.townships.flatMap((t) => t.villages);
  const places = [...county.townships, ...villages];
  return {
    label: county.name,
    rows: {
      tenantId: county.tenantId,
      ...(options.isPlatformOperator ? { mayChange: ['tenants', 'audit_log'] } : {}),
    },
    markers: [
      ...personalMarkers(users),
      ...(options.isPlatformOperator
        ? []
        : [county.tenantId, ...places.flatMap((p) => [p.id, p.name]), ...county.auditIds]),
    ],
    // One or two ids of each kind of row: a route's `{id}` may mean any of them.
    candidates: {
      uuid: [
        county.tenantId,
        ...county.townships.map((t) => t.id),
        ...villages.slice(0, 2).map((v) => v.id),
        ...users.slice(0, 3).map((u) => u.id),
        ...county.auditIds.slice(0, 1),
      ],
      code: [county.code, county.townships[0]?.code ?? '', villages[0]?.code ?? ''],
      text: [users[0]?.displayName ?? '', villages[0]?.name ?? ''],
    },
  };
}

/** One township of a county as a victim: the township, its villages and the users scoped to them. */
export function townshipVictim(county: HarnessCounty, index: number): Victim {
  const township = county.townships[index];
  if (!township) throw new Error('harness: no such township');
  const users = Object.values(county.users).filter((u) => u.townshipId === township.id);
  const places = [township, ...township.villages];
  return {
    label: `${township.name} of ${county.name}`,
    rows: {
      tenantId: county.tenantId,
      part: {
        townshipIds: [township.id],
        villageIds: township.villages.map((v) => v.id),
        userIds: users.map((u) => u.id),
      },
    },
    markers: [...personalMarkers(users), ...places.flatMap((p) => [p.id, p.name])],
    candidates: {
      uuid: [...places.map((p) => p.id), ...users.map((u) => u.id)],
      code: places.map((p) => p.code),
      text: [township.villages[0]?.name ?? '', users[0]?.displayName ?? ''],
    },
  };
}

/** One village of a county as a victim: the village and the users scoped to it. */
export function villageVictim(county: HarnessCounty, townshipIndex: number, villageIndex: number): Victim {
  const village = county.townships[townshipIndex]?.villages[villageIndex];
  if (!village) throw new Error('harness: no such village');
  const users = Object.values(county.users).filter((u) => u.villageId === village.id);
  return {
    label: `${village.name} of ${county.name}`,
    rows: {
      tenantId: county.tenantId,
      part: { townshipIds: [], villageIds: [village.id], userIds: users.map((u) => u.id) },
    },
    markers: [...personalMarkers(users), village.id, village.name],
    candidates: {
      uuid: [village.id, ...users.map((u) => u.id)],
      code: [village.code],
      text: [village.name, users[0]?.displayName ?? ''],
    },
  };
}

/**
 * The victim with at most `count` candidates of each kind: its markers and rows stay whole. For callers
 * whose refusal does not depend on which row is asked for (no session), or a second victim checked on the side.
 */
export function fewerCandidates(victim: Victim, count: number): Victim {
  return {
    ...victim,
    candidates: {
      uuid: victim.candidates.uuid.slice(0, count),
      code: victim.candidates.code.slice(0, count),
      text: victim.candidates.text.slice(0, count),
    },
  };
}
