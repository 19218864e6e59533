import { randomUUID } from 'node:crypto';
import { createUser } from '@cunshe/auth';
import { residentIdCheckCharacter } from '@cunshe/personal-data';
import pino from 'pino';
import { createApp } from '../app';
import { asUser, logIn } from '../auth/test-kit';
import { parseEnv } from '../env';
import { loadPlugins } from '../plugin-host/load-plugins';
import { PluginRegistry } from '../plugin-host/plugin-registry';
import { createPluginTestHost, type PluginTestHost } from '../testing/plugin-test-host';
import { errandsPlugin } from './fixtures/errands-plugin';

/** A signed-in user of the forms tests. */
export interface FormsTestUser {
  id: string;
  username: string;
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

type App = ReturnType<typeof createApp>;

const password = 'forms-test-password';

/** A syntactically valid resident ID number from its first 17 digits. */
export const idNumberOf = (first17: string) => `${first17}${residentIdCheckCharacter(first17)}`;

/**
 * The world of the forms, service-request and ledger tests: the plugin test host with the errands plugin
 * enabled in two villages of county A, and users around them: the village admin and a station staff member
 * of the first village, a station staff member of the second, the township admin, a county viewer, and the
 * county admins of both counties.
 */
export async function createFormsWorld(plugins: unknown[] = [errandsPlugin]) {
  const host: PluginTestHost = await createPluginTestHost({ plugins });
  const { county } = host;
  const village = county.villages['industry-chain'];
  const otherVillage = county.villages.suburban;
  await host.enable('errands', village);
  await host.enable('errands', otherVillage);

  const signIn = async (app: App, username: string): Promise<Omit<FormsTestUser, 'id'>> => {
    const token = await logIn(app, username, password);
    return { username, request: async (path, init) => app.request(path, asUser(token, init)) };
  };
  const people = {
    staff: { role: 'station-staff', villageId: village, townshipId: county.townshipId },
    villageAdmin: { role: 'village-admin', villageId: village, townshipId: county.townshipId },
    otherStaff: { role: 'station-staff', villageId: otherVillage, townshipId: county.townshipId },
    townshipAdmin: { role: 'township-admin', townshipId: county.townshipId },
    viewer: { role: 'viewer' },
    countyAdmin: { role: 'county-admin' },
  } as const;
  const ids = {} as Record<keyof typeof people | 'otherCountyAdmin', string>;
  for (const [name, person] of Object.entries(people)) {
    const user = await createUser(host.database, {
      tenantId: county.tenantId,
      username: `forms-${name}`,
      displayName: `${name} 同志`,
      password,
      ...person,
    });
    ids[name as keyof typeof people] = user.id;
  }
  const other = await createUser(host.database, {
    tenantId: host.otherCounty.tenantId,
    username: 'forms-otherCountyAdmin',
    displayName: '乙县管理员',
    password,
    role: 'county-admin',
  });
  ids.otherCountyAdmin = other.id;
  await host.enable('errands', host.otherCounty.villages['industry-chain']);

  /** Every user signed in to `app` (the host's, or another app over the same database). */
  const usersOf = async (app: App) => {
    const signed = {} as Record<keyof typeof ids, FormsTestUser>;
    for (const name of Object.keys(ids) as (keyof typeof ids)[]) {
      signed[name] = { id: ids[name], ...(await signIn(app, `forms-${name}`)) };
    }
    return signed;
  };

  /** Another app over the same database, with other plugin versions loaded (as after an upgrade). */
  const restartWith = async (next: unknown[]) => {
    const app = createApp({
      database: host.database,
      env: parseEnv({ NODE_ENV: 'test' }),
      logger: pino({ level: 'silent' }),
      plugins: new PluginRegistry(await loadPlugins(host.database, next)),
    });
    return { app, users: await usersOf(app) };
  };

  return {
    host,
    village,
    otherVillage,
    otherCountyVillage: host.otherCounty.villages['industry-chain'],
    users: await usersOf(host.app),
    restartWith,
    close: () => host.close(),
  };
}

/** The world {@link createFormsWorld} answers. */
export type FormsWorld = Awaited<ReturnType<typeof createFormsWorld>>;

/** A fresh idempotency key. */
export const newKey = () => randomUUID();

/** Reads a response's status and JSON body. */
export async function read<T>(res: Response | Promise<Response>): Promise<{ status: number; body: T }> {
  const r = await res;
  return { status: r.status, body: (await r.json()) as T };
}
