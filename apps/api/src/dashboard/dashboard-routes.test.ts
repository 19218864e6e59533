import { createUser } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { fundingAllocations, partyMembers, serviceRequests, villages } from '@cunshe/db/schema';
import { importDivisions, onboardCounty } from '@cunshe/divisions';
import { createPersonalDataProtector, generatePersonalDataKey } from '@cunshe/personal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, createTestApp, logIn } from '../auth/test-kit';
import { PILOT_VILLAGES } from '../demo/seed-demo';
import { seedPartyDemo } from '../party/demo/seed-party-demo';
import { setVillageTypes } from '../villages/set-village-types';
import type { DashboardSummary } from './get-dashboard-summary';

const password = 'dashboard-test-password';
let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let database: Database;
let tenantId: string;
let county: string;
let township: string;
let xiaogangId: string;

async function summary(token: string): Promise<DashboardSummary> {
  const res = await app.request('/api/dashboard/summary', asUser(token));
  expect(res.status).toBe(200);
  return (await res.json()) as DashboardSummary;
}

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  await importDivisions(database, { prefixes: ['3610'] });
  tenantId = (await onboardCounty(database, { code: '361003' })).tenantId;
  await database.withTenant(tenantId, (tx) =>
    setVillageTypes(tx, {
      scope: { tenantId },
      actor: null,
      change: {
        by: 'code',
        changes: Object.entries(PILOT_VILLAGES).map(([code, type]) => ({ code, type })),
      },
    }),
  );
  const protector = createPersonalDataProtector(generatePersonalDataKey());
  await seedPartyDemo(database, { tenantId, protector, report: () => {} });
  const all = await database.withTenant(tenantId, (tx) => tx.select().from(villages));
  xiaogangId = all.find((v) => v.code === '361003100209')?.townshipId ?? '';
  await createUser(database, {
    tenantId,
    password,
    displayName: '县',
    username: 'dash-county',
    role: 'county-admin',
  });
  await createUser(database, {
    tenantId,
    password,
    displayName: '镇',
    username: 'dash-township',
    role: 'township-admin',
    townshipId: xiaogangId,
  });
  county = await logIn(app, 'dash-county', password);
  township = await logIn(app, 'dash-township', password);
}, 300_000);

afterAll(() => database.close());

describe('GET /api/dashboard/summary', () => {
  it('answers figures equal to counts computed directly from the seeded rows', async () => {
    const { all, members, requests } = await database.withTenant(tenantId, async (tx) => ({
      all: await tx.select().from(villages),
      members: await tx.select().from(partyMembers),
      requests: await tx.select().from(serviceRequests),
    }));
    const body = await summary(county);
    const tally = (keys: (string | null)[]) => {
      const out: Record<string, number> = {};
      for (const key of keys) out[key ?? 'none'] = (out[key ?? 'none'] ?? 0) + 1;
      return out;
    };
    const live = all.filter((v) => !v.isRetired);
    expect(body.villageCount).toBe(live.length);
    expect(Object.fromEntries(Object.entries(body.villagesByType).filter(([, n]) => n > 0))).toEqual(
      tally(live.map((v) => v.type)),
    );
    expect(body.villagesByType).toMatchObject({
      industrial: 1,
      'industry-chain': 1,
      suburban: 1,
      'market-town': 1,
      none: live.length - 4,
    });
    const current = members.filter((m) => m.status === 'full' || m.status === 'probationary');
    expect(current.length).toBeGreaterThan(0);
    expect(Object.fromEntries(Object.entries(body.partyMembersByCategory).filter(([, n]) => n > 0))).toEqual(
      tally(current.map((m) => m.category)),
    );
    expect(Object.values(body.serviceRequestsByStatus).reduce((a, b) => a + b, 0)).toBe(requests.length);
    expect(body.villagesByTownship.reduce((sum, t) => sum + t.count, 0)).toBe(live.length);
    expect(body.cadres.oneShoulderVillages).toBe(2);
    expect(body.fiveGoods).toBeNull();
    expect(body.fundingByTownship).toEqual([]);
  });

  it("narrows every figure to a township admin's township", async () => {
    const all = await database.withTenant(tenantId, (tx) => tx.select().from(villages));
    const body = await summary(township);
    const mine = all.filter((v) => v.townshipId === xiaogangId && !v.isRetired);
    expect(body.villageCount).toBe(mine.length);
    expect(body.villagesByTownship).toEqual([
      expect.objectContaining({ townshipId: xiaogangId, count: mine.length }),
    ]);
    expect(body.villagesByType.industrial).toBe(1);
    expect(body.villagesByType['industry-chain']).toBe(0);
  });

  it('sums funding by township in fen, as the rows say', async () => {
    const all = await database.withTenant(tenantId, (tx) => tx.select().from(villages));
    const inXiaogang = all.filter((v) => v.townshipId === xiaogangId).slice(0, 2);
    await database.withTenant(tenantId, (tx) =>
      tx.insert(fundingAllocations).values(
        inXiaogang.map((v, i) => ({
          tenantId,
          villageId: v.id,
          amountFen: [10, 2_000_007][i] ?? 0,
          purpose: '党员活动室',
          allocatedOn: '2026-03-01',
          approver: '县委组织部',
        })),
      ),
    );
    const body = await summary(county);
    expect(body.fundingByTownship).toEqual([
      expect.objectContaining({ townshipId: xiaogangId, totalFen: 2_000_017 }),
    ]);
  });
});
