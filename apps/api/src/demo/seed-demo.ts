import { createUser, generateInitialPassword } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { tenants, users, type VillageType, villages } from '@cunshe/db/schema';
import { importDivisions, importFormerCodes, onboardCounty } from '@cunshe/divisions';
import type { PersonalDataProtector } from '@cunshe/personal-data';
import { and, eq, inArray } from 'drizzle-orm';
import type { Logger } from 'pino';
import { seedPartyDemo } from '../party/demo/seed-party-demo';
import { enablePluginByType } from '../plugin-host/enable-plugin-by-type';
import type { PluginRegistry } from '../plugin-host/plugin-registry';
import { targetsVillage } from '../plugin-host/set-plugin-enabled';
import { setVillageTypes } from '../villages/set-village-types';
import { seedEvaluationDemo } from './seed-evaluation-demo';
import { seedPluginDemo } from './seed-plugin-demo';

/** The seed's county: 东乡区, Jiangxi (东乡县 361029 until 2016). */
export const DEMO_COUNTY_CODE = '361003';

/** The seed's four pilot villages and their types (seed paragraph 城乡一体，创新模式). */
export const PILOT_VILLAGES: Record<string, VillageType> = {
  '361003100209': 'industrial', // 孝岗镇新建村
  '361003107207': 'industry-chain', // 黎圩镇潭江村
  '361003201201': 'suburban', // 邓家乡上杨村
  '361003202208': 'market-town', // 虎圩乡陈桥村
};

/** What the demo seeding did; `password` is set only when the accounts were created in this run. */
export interface DemoSeedResult {
  isSeeded: boolean;
  password?: string | undefined;
  isPasswordGenerated?: boolean | undefined;
}

/**
 * Seeds the demo into a database that has no `demo` account yet: the full national division codes, the
 * former GB/T 2260 codes, 东乡区 onboarded from them, the four pilots typed as the seed does, a county admin
 * `demo` and a platform operator `operator`. Every step is idempotent, so a start killed half way finishes
 * the seeding at the next start. Demo mode only (never with NODE_ENV=production; the caller checks).
 * @param report prints progress lines (`importing divisions: villages.csv 120000 rows`).
 */
export async function seedDemo(
  database: Database,
  options: {
    password?: string | undefined;
    plugins: PluginRegistry;
    logger: Logger;
    report: (line: string) => void;
    /** Seals the demo party members' fictional ID numbers; without it no party data is seeded. */
    personalData?: PersonalDataProtector | undefined;
  },
): Promise<DemoSeedResult> {
  const isSeeded = await database.withPlatform(async (tx) => {
    const [demo] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'demo'));
    return demo !== undefined;
  });
  if (isSeeded) {
    await seedPartyDemoOfCounty(database, options);
    await seedPluginDemo(database, options);
    return { isSeeded: false };
  }

  const { report } = options;
  let lastFile = '';
  const imported = await importDivisions(database, {
    onProgress: ({ file, rows }) => {
      if (file !== lastFile || rows % 100_000 < 5000) report(`importing divisions: ${file} ${rows} rows`);
      lastFile = file;
    },
  });
  report(`divisions ${imported.status}: ${imported.rowCount} rows (${imported.name} ${imported.version})`);
  await importFormerCodes(database);
  const county = await onboardCounty(database, { code: DEMO_COUNTY_CODE });
  report(
    `onboarded ${county.name} ${county.code}: ${county.townships.added + county.townships.unchanged} townships, ` +
      `${county.villages.added + county.villages.unchanged} villages`,
  );
  await database.withTenant(county.tenantId, async (tx) => {
    const pilots = await tx
      .select({ code: villages.code, type: villages.type })
      .from(villages)
      .where(
        and(eq(villages.tenantId, county.tenantId), inArray(villages.code, Object.keys(PILOT_VILLAGES))),
      );
    await setVillageTypes(tx, {
      scope: { tenantId: county.tenantId },
      actor: null,
      change: {
        by: 'code',
        changes: pilots.map(({ code }) => ({ code, type: PILOT_VILLAGES[code] ?? null })),
      },
    });
  });

  await database.withTenant(county.tenantId, async (tx) => {
    for (const plugin of options.plugins.definitions) {
      for (const type of new Set(Object.values(PILOT_VILLAGES))) {
        if (!targetsVillage(plugin, type)) continue;
        await enablePluginByType(tx, {
          plugin,
          scope: { tenantId: county.tenantId },
          type,
          actor: null,
          logger: options.logger,
        });
      }
    }
  });
  report(`enabled ${options.plugins.definitions.length} plugins on the pilots of their types`);
  await seedPartyDemoOfCounty(database, options);
  await seedEvaluationDemo(database, { tenantId: county.tenantId, report });

  const password = options.password ?? generateInitialPassword();
  await createUser(database, {
    tenantId: null,
    username: 'operator',
    password,
    role: 'platform-operator',
    displayName: '平台运营 Platform operator',
  });
  await createUser(database, {
    tenantId: county.tenantId,
    username: 'demo',
    password,
    role: 'county-admin',
    displayName: '东乡区委组织部',
  });
  await seedPluginDemo(database, options);
  return { isSeeded: true, password, isPasswordGenerated: options.password === undefined };
}

/** The party organization of the four pilots (see `seedPartyDemo`), seeded once; also into older demo data. */
async function seedPartyDemoOfCounty(
  database: Database,
  options: { personalData?: PersonalDataProtector | undefined; report: (line: string) => void },
): Promise<void> {
  if (!options.personalData) return;
  const [county] = await database.withPlatform((tx) =>
    tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.code, DEMO_COUNTY_CODE)),
  );
  if (county)
    await seedPartyDemo(database, {
      tenantId: county.id,
      protector: options.personalData,
      report: options.report,
    });
}
