import { createUser } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { tenants, townships, type VillageType, villages } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import pino from 'pino';
import { createApp } from '../app';
import { asUser, logIn } from '../auth/test-kit';
import { parseEnv } from '../env';
import { loadPlugins } from '../plugin-host/load-plugins';
import { PluginRegistry } from '../plugin-host/plugin-registry';

/** A county of the test host: its id, one township, and one village of each pilot type plus an untyped one. */
export interface TestCounty {
  tenantId: string;
  townshipId: string;
  villages: Record<VillageType | 'none', string>;
}

/** A signed-in user of the test host, with a `request` bound to their session. */
export interface TestUser {
  username: string;
  /** Calls the host as this user; `json` sends a JSON body. */
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

/** The in-memory host a plugin's tests run against. */
export interface PluginTestHost {
  /** The whole API with the plugins mounted; `request` it with no server. */
  app: ReturnType<typeof createApp>;
  database: Database;
  /** County A (`countyAdmin`, `villageAdmin` of its industry-chain village) and county B (`otherCountyAdmin`). */
  county: TestCounty;
  otherCounty: TestCounty;
  countyAdmin: TestUser;
  villageAdmin: TestUser;
  otherCountyAdmin: TestUser;
  /** The password of every test user. */
  password: string;
  /**
   * A new user of county A with `role` at one of its villages (a viewer, station staff or a village admin),
   * signed in and ready: for tests of who may do what at which village.
   */
  userAt(role: 'viewer' | 'station-staff' | 'village-admin', villageId: string): Promise<TestUser>;
  /** Enables a plugin on a village as the county admin (with an override reason when it targets other types). */
  enable(pluginId: string, villageId: string, overrideReason?: string): Promise<void>;
  close(): Promise<void>;
}

const password = 'plugin-test-password';

async function seedCounty(database: Database, code: string, name: string): Promise<TestCounty> {
  const [tenant] = await database.db.insert(tenants).values({ code, name }).returning();
  if (!tenant) throw new Error('seedCounty: no tenant');
  return database.withTenant(tenant.id, async (tx) => {
    const [township] = await tx
      .insert(townships)
      .values({ tenantId: tenant.id, code: `${code}100`, name: `${name}镇`, sortKey: 'zhen' })
      .returning();
    if (!township) throw new Error('seedCounty: no township');
    const types = ['industrial', 'industry-chain', 'suburban', 'market-town', 'none'] as const;
    const ids = {} as Record<VillageType | 'none', string>;
    for (const [index, type] of types.entries()) {
      const [village] = await tx
        .insert(villages)
        .values({
          tenantId: tenant.id,
          townshipId: township.id,
          code: `${code}10020${index}`,
          name: `${name}${index + 1}村`,
          type: type === 'none' ? null : type,
          sortKey: `cun${index}`,
          pinyinInitials: 'c',
        })
        .returning();
      if (!village) throw new Error('seedCounty: no village');
      ids[type] = village.id;
    }
    return { tenantId: tenant.id, townshipId: township.id, villages: ids };
  });
}

/**
 * Starts the real host in memory (PGlite, migrations, the given plugins loaded exactly as at start-up) with
 * two counties, each with a village of every type, and signed-in users: a county admin and an
 * industry-chain village's admin in county A, a county admin in county B.
 * @throws PluginManifestError when a plugin does not load, as start-up would.
 * @example
 * const host = await createPluginTestHost({ plugins: [teaPlugin] });
 * await host.enable('tea', host.county.villages['industry-chain']);
 * const res = await host.villageAdmin.request(`/api/plugins/tea/members/${host.county.villages['industry-chain']}`);
 */
export async function createPluginTestHost(options: { plugins: unknown[] }): Promise<PluginTestHost> {
  const database = await createTestDatabase();
  const registry = new PluginRegistry(await loadPlugins(database, options.plugins));
  const app = createApp({
    database,
    env: parseEnv({ NODE_ENV: 'test' }),
    logger: pino({ level: 'silent' }),
    plugins: registry,
  });
  const county = await seedCounty(database, '990101', '甲县');
  const otherCounty = await seedCounty(database, '990102', '乙县');
  const signIn = async (
    username: string,
    input: {
      tenantId: string;
      role: 'county-admin' | 'village-admin' | 'viewer' | 'station-staff';
      villageId?: string;
      townshipId?: string;
    },
  ): Promise<TestUser> => {
    await createUser(database, { username, password, displayName: username, ...input });
    const token = await logIn(app, username, password);
    return { username, request: async (path, init) => app.request(path, asUser(token, init)) };
  };
  const countyAdmin = await signIn('county-a-admin', { tenantId: county.tenantId, role: 'county-admin' });
  const villageAdmin = await signIn('village-a-admin', {
    tenantId: county.tenantId,
    role: 'village-admin',
    townshipId: county.townshipId,
    villageId: county.villages['industry-chain'],
  });
  const otherCountyAdmin = await signIn('county-b-admin', {
    tenantId: otherCounty.tenantId,
    role: 'county-admin',
  });
  let users = 0;
  return {
    app,
    database,
    county,
    otherCounty,
    countyAdmin,
    villageAdmin,
    otherCountyAdmin,
    password,
    userAt: (role, villageId) => {
      users += 1;
      return signIn(`${role}-${users}`, {
        tenantId: county.tenantId,
        role,
        townshipId: county.townshipId,
        villageId,
      });
    },
    enable: async (pluginId, villageId, overrideReason) => {
      for (const admin of [countyAdmin, otherCountyAdmin]) {
        const res = await admin.request(`/api/villages/${villageId}/plugins/${pluginId}/enable`, {
          method: 'POST',
          json: overrideReason ? { overrideReason } : {},
        });
        if (res.status === 200) return;
        if (res.status !== 404) throw new Error(`enable ${pluginId}: ${res.status} ${await res.text()}`);
      }
      throw new Error(`enable ${pluginId}: no test county has the village ${villageId}`);
    },
    close: () => database.close(),
  };
}
