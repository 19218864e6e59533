import { createUser } from '@cunshe/auth';
import { type Database, rowsOf } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { importDivisions, onboardCounty } from '@cunshe/divisions';
import { createPersonalDataProtector, generatePersonalDataKey } from '@cunshe/personal-data';
import { inArray, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPlugins } from '../plugin-host/discover-plugins';
import { enablePluginByType } from '../plugin-host/enable-plugin-by-type';
import { loadPlugins } from '../plugin-host/load-plugins';
import { PluginRegistry } from '../plugin-host/plugin-registry';
import { targetsVillage } from '../plugin-host/set-plugin-enabled';
import { setVillageTypes } from '../villages/set-village-types';
import { PILOT_VILLAGES } from './seed-demo';
import { seedPluginDemo } from './seed-plugin-demo';

let database: Database;
let tenantId: string;
const lines: string[] = [];
const logger = pino({ level: 'silent' });
const protector = createPersonalDataProtector(generatePersonalDataKey());

/** How many rows each village-type plugin table holds, by table and village name. */
async function countsByTable(): Promise<Record<string, Record<string, number>>> {
  const tables = [
    'stations_staff',
    'stations_room_activities',
    'industrial_job_seekers',
    'industrial_job_openings',
    'industry_chain_members',
    'industry_chain_branch_members',
    'suburban_volunteers',
    'suburban_service_records',
    'market_town_floating_members',
    'market_town_floating_records',
    'market_town_agency_requests',
  ];
  const counts: Record<string, Record<string, number>> = {};
  await database.withTenant(tenantId, async (tx) => {
    for (const table of tables) {
      const rows = rowsOf<{ name: string; n: number }>(
        await tx.execute(
          sql`select v.name, count(*)::int as n from ${sql.identifier(table)} t join villages v on v.id = t.village_id group by v.name`,
        ),
      );
      counts[table] = Object.fromEntries(rows.map((row) => [row.name, row.n]));
    }
  });
  return counts;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importDivisions(database, { prefixes: ['3610'] });
  tenantId = (await onboardCounty(database, { code: '361003' })).tenantId;
  const registry = new PluginRegistry(
    await loadPlugins(
      database,
      (await discoverPlugins()).map((found) => found.plugin),
    ),
  );
  await database.withTenant(tenantId, async (tx) => {
    const pilots = await tx
      .select({ code: villages.code })
      .from(villages)
      .where(inArray(villages.code, Object.keys(PILOT_VILLAGES)));
    await setVillageTypes(tx, {
      scope: { tenantId },
      actor: null,
      change: {
        by: 'code',
        changes: pilots.map(({ code }) => ({ code, type: PILOT_VILLAGES[code] ?? null })),
      },
    });
    for (const plugin of registry.definitions) {
      for (const type of new Set(Object.values(PILOT_VILLAGES))) {
        if (targetsVillage(plugin, type))
          await enablePluginByType(tx, { plugin, scope: { tenantId }, type, actor: null, logger });
      }
    }
  });
  await createUser(database, {
    tenantId,
    username: 'demo',
    password: 'plugin-demo-password',
    role: 'county-admin',
    displayName: '东乡区委组织部',
  });
  const options = {
    plugins: registry,
    logger,
    report: (line: string) => lines.push(line),
    personalData: protector,
  };
  await seedPluginDemo(database, options);
}, 300_000);

afterAll(() => database.close());

describe('the demo records of the village-type plugins', () => {
  it('gives each pilot its plugin’s records, and the stations’ staff and room logs to all four', async () => {
    const counts = await countsByTable();
    expect(lines).toEqual([expect.stringMatching(/^seeded \d+ demo records into the village-type plugins$/)]);
    const pilots = ['新建村', '潭江村', '上杨村', '陈桥村'];
    for (const pilot of pilots) {
      expect(counts.stations_staff?.[pilot]).toBe(5);
      expect(counts.stations_room_activities?.[pilot]).toBe(4);
    }
    expect(counts.industrial_job_seekers).toEqual({ 新建村: 3 });
    expect(counts.industrial_job_openings).toEqual({ 新建村: 3 });
    expect(counts.industry_chain_members).toEqual({ 潭江村: 12 });
    // Only the three associations with their own party branch have branch members.
    expect(counts.industry_chain_branch_members).toEqual({ 潭江村: 6 });
    expect(counts.suburban_volunteers).toEqual({ 上杨村: 4 });
    // Three services, one row per volunteer who served: 3 + 2 + 2.
    expect(counts.suburban_service_records).toEqual({ 上杨村: 7 });
    expect(counts.market_town_floating_members).toEqual({ 陈桥村: 3 });
    expect(counts.market_town_floating_records).toEqual({ 陈桥村: 5 });
    expect(counts.market_town_agency_requests).toEqual({ 陈桥村: 4 });
  });

  it('has an agency request at each stage of the trip to the county town', async () => {
    const stages = await database.withTenant(tenantId, async (tx) =>
      rowsOf<{ stage: string }>(await tx.execute(sql`select stage from market_town_agency_requests`)),
    );
    expect(stages.map((row) => row.stage).sort()).toEqual(['received', 'result-back', 'returned', 'sent']);
  });

  it('adds nothing at a second start', async () => {
    const before = await countsByTable();
    const again: string[] = [];
    await seedPluginDemo(database, {
      plugins: new PluginRegistry(
        await loadPlugins(
          database,
          (await discoverPlugins()).map((found) => found.plugin),
        ),
      ),
      logger,
      report: (line) => again.push(line),
      personalData: protector,
    });
    expect(again).toEqual([]);
    expect(await countsByTable()).toEqual(before);
  });
});
