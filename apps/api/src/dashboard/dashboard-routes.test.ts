import { createUser } from '@cunshe/auth';
import { type Database, rowsOf } from '@cunshe/db';
import {
  formSubmissions,
  formVersions,
  fundingAllocations,
  partyMembers,
  serviceRequests,
  townships,
  villages,
} from '@cunshe/db/schema';
import { importDivisions, onboardCounty } from '@cunshe/divisions';
import { createPersonalDataProtector, generatePersonalDataKey } from '@cunshe/personal-data';
import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, createTestApp, logIn } from '../auth/test-kit';
import { PILOT_VILLAGES } from '../demo/seed-demo';
import { seedPartyDemo } from '../party/demo/seed-party-demo';
import { teaPlugin } from '../plugin-host/fixtures/tea-plugin';
import { setVillageTypes } from '../villages/set-village-types';
import type { DashboardSummary } from './get-dashboard-summary';

const password = 'dashboard-test-password';
let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let database: Database;
let tenantId: string;
let county: string;
let township: string;
let xiaogangId: string;

async function summary(token: string, query = ''): Promise<DashboardSummary> {
  const res = await app.request(`/api/dashboard/summary${query}`, asUser(token));
  expect(res.status).toBe(200);
  return (await res.json()) as DashboardSummary;
}

beforeAll(async () => {
  ({ app, database } = await createTestApp(undefined, { plugins: [teaPlugin] }));
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

describe('GET /api/dashboard/summary?townshipCode=', () => {
  let xiaogangCode: string;
  let otherTownshipCode: string;
  let otherCountyTownshipCode: string;
  let village: string;

  /** Rows of a query run under the county's tenant scope (RLS on), straight from the tables. */
  const select = <T>(query: SQL) =>
    database.withTenant(tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));
  /** `{ key: n }` from rows of `k` and `n`. */
  const toCounts = (rows: { k: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.k, r.n]));
  const nonZero = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

  beforeAll(async () => {
    const all = await database.withTenant(tenantId, (tx) => tx.select().from(townships));
    xiaogangCode = all.find((t) => t.id === xiaogangId)?.code ?? '';
    otherTownshipCode = all.find((t) => t.id !== xiaogangId)?.code ?? '';
    const other = await onboardCounty(database, { code: '361002' });
    const [foreign] = await database.withTenant(other.tenantId, (tx) => tx.select().from(townships).limit(1));
    otherCountyTownshipCode = foreign?.code ?? '';
    const clerk = await createUser(database, {
      tenantId,
      password,
      displayName: '办事员',
      username: 'dash-clerk',
      role: 'county-admin',
    });
    const [xingjian] = await database.withTenant(tenantId, (tx) =>
      tx.select().from(villages).where(eq(villages.code, '361003100209')),
    );
    await createUser(database, {
      tenantId,
      password,
      displayName: '村',
      username: 'dash-village',
      role: 'village-admin',
      villageId: xingjian?.id ?? null,
    });
    village = await logIn(app, 'dash-village', password);
    // Requests in three villages of 孝岗镇 and one elsewhere: resolved after 1, 2, 4 and 8 hours, one
    // overdue, one still in time, one rejected.
    const live = (
      await database.withTenant(tenantId, (tx) =>
        tx.select().from(villages).where(eq(villages.isRetired, false)),
      )
    ).sort((a, b) => a.code.localeCompare(b.code));
    const inXiaogang = live.filter((v) => v.townshipId === xiaogangId).slice(0, 3);
    const elsewhere = live.find((v) => v.townshipId !== xiaogangId);
    const hour = 3_600_000;
    const created = new Date('2026-05-01T08:00:00+08:00');
    const rows = [
      { village: inXiaogang[0], status: 'resolved', hours: 1 },
      { village: inXiaogang[1], status: 'resolved', hours: 2 },
      { village: inXiaogang[2], status: 'resolved', hours: 4 },
      { village: elsewhere, status: 'resolved', hours: 8 },
      { village: inXiaogang[0], status: 'submitted', dueAt: new Date('2026-05-02T08:00:00+08:00') },
      { village: inXiaogang[1], status: 'in-progress', dueAt: new Date('2099-01-01T00:00:00+08:00') },
      { village: inXiaogang[2], status: 'rejected', hours: 3 },
    ] as const;
    await database.withTenant(tenantId, async (tx) => {
      await tx
        .insert(formVersions)
        .values({ tenantId, pluginId: teaPlugin.id, formKey: 'dashboard-test', version: 1, document: {} });
      for (const [i, row] of rows.entries()) {
        const [submission] = await tx
          .insert(formSubmissions)
          .values({
            tenantId,
            villageId: row.village?.id ?? '',
            pluginId: teaPlugin.id,
            formKey: 'dashboard-test',
            formVersion: 1,
            villagerName: `村民${i}`,
            data: {},
            submittedBy: clerk.id,
            submittedByName: clerk.displayName,
            idempotencyKey: `dashboard-test-${i}`,
            createdAt: created,
          })
          .returning();
        await tx.insert(serviceRequests).values({
          tenantId,
          id: submission?.id ?? '',
          villageId: row.village?.id ?? '',
          status: row.status,
          dueAt: 'dueAt' in row ? row.dueAt : null,
          closedAt: 'hours' in row ? new Date(created.getTime() + row.hours * hour) : null,
          createdAt: created,
        });
      }
    });
  }, 300_000);

  it("narrows every figure to the township picked, equal to counts from the township's rows", async () => {
    const body = await summary(county, `?townshipCode=${xiaogangCode}`);
    const inTownship = sql`v.tenant_id = ${tenantId} and v.township_id = ${xiaogangId} and not v.is_retired`;
    const byType = await select<{ k: string; n: number }>(
      sql`select coalesce(v.type::text, 'none') as k, count(*)::int as n from villages v where ${inTownship} group by 1`,
    );
    const byStatus = await select<{ k: string; n: number }>(
      sql`select r.status::text as k, count(*)::int as n from service_requests r
          join villages v on v.tenant_id = r.tenant_id and v.id = r.village_id where ${inTownship} group by 1`,
    );
    const [overdue] = await select<{ n: number }>(
      sql`select count(*)::int as n from service_requests r
          join villages v on v.tenant_id = r.tenant_id and v.id = r.village_id
          where ${inTownship} and r.status in ('submitted', 'accepted', 'in-progress') and r.due_at < now()`,
    );
    const [median] = await select<{ seconds: number | null }>(
      sql`select floor(percentile_cont(0.5) within group (order by floor(extract(epoch from r.closed_at - r.created_at))))::int as seconds
          from service_requests r join villages v on v.tenant_id = r.tenant_id and v.id = r.village_id
          where ${inTownship} and r.status = 'resolved'`,
    );
    const byCategory = await select<{ k: string; n: number }>(
      sql`select m.category::text as k, count(*)::int as n from party_members m
          join villages v on v.tenant_id = m.tenant_id and v.id = m.village_id
          where ${inTownship} and m.status in ('full', 'probationary') group by 1`,
    );
    const [funding] = await select<{ fen: number }>(
      sql`select sum(f.amount_fen)::int as fen from funding_allocations f
          join villages v on v.tenant_id = f.tenant_id and v.id = f.village_id where ${inTownship}`,
    );
    const perVillage = await select<{ id: string; open: number; members: number }>(
      sql`select v.id,
            (select count(*)::int from service_requests r where r.tenant_id = v.tenant_id and r.village_id = v.id
              and r.status in ('submitted', 'accepted', 'in-progress')) as open,
            (select count(*)::int from party_members m where m.tenant_id = v.tenant_id and m.village_id = v.id
              and m.status in ('full', 'probationary')) as members
          from villages v where ${inTownship} order by v.sort_key`,
    );

    expect(body.township).toEqual({ id: xiaogangId, code: xiaogangCode, name: expect.any(String) });
    expect(body.villageCount).toBe(byType.reduce((sum, r) => sum + r.n, 0));
    expect(nonZero(body.villagesByType)).toEqual(toCounts(byType));
    expect(body.villagesByTownship).toEqual([
      {
        townshipId: xiaogangId,
        townshipCode: xiaogangCode,
        townshipName: expect.any(String),
        count: body.villageCount,
      },
    ]);
    expect(nonZero(body.serviceRequestsByStatus)).toEqual(toCounts(byStatus));
    expect(body.serviceRequestsByStatus).toMatchObject({ resolved: 3, submitted: 1, 'in-progress': 1 });
    expect(body.overdueServiceRequests).toBe(overdue?.n);
    expect(body.overdueServiceRequests).toBe(1);
    expect(body.medianResolveSeconds).toBe(median?.seconds);
    expect(body.medianResolveSeconds).toBe(2 * 3600);
    expect(nonZero(body.partyMembersByCategory)).toEqual(toCounts(byCategory));
    expect(body.fundingByTownship.map((t) => t.totalFen)).toEqual([funding?.fen]);
    expect(
      body.villages?.map((v) => ({ id: v.id, open: v.openServiceRequests, members: v.partyMembers })),
    ).toEqual(perVillage);
  });

  it("answers a county user's township the same as that township's own admin sees it", async () => {
    const picked = await summary(county, `?townshipCode=${xiaogangCode}`);
    expect(await summary(township)).toEqual(picked);
    expect(await summary(township, `?townshipCode=${xiaogangCode}`)).toEqual(picked);
  });

  it('keeps the county-wide figures whole without a township, and lists no villages', async () => {
    const body = await summary(county);
    const [all] = await select<{ n: number; median: number }>(
      sql`select count(*)::int as n,
            floor(percentile_cont(0.5) within group (order by floor(extract(epoch from closed_at - created_at)))
              filter (where status = 'resolved'))::int as median
          from service_requests where tenant_id = ${tenantId}`,
    );
    expect(Object.values(body.serviceRequestsByStatus).reduce((a, b) => a + b, 0)).toBe(all?.n);
    expect(body.medianResolveSeconds).toBe(all?.median);
    expect(body.township).toBeNull();
    expect(body.villages).toBeNull();
    expect(body.villagesByTownship.every((t) => /^\d{9}$/.test(t.townshipCode))).toBe(true);
  });

  it("keeps a village's user to its village, in its own township only", async () => {
    const own = await summary(village, `?townshipCode=${xiaogangCode}`);
    expect(own.villageCount).toBe(1);
    expect(own.villages?.map((v) => v.code)).toEqual(['361003100209']);
    expect(own).toEqual(await summary(village));
    const res = await app.request(
      `/api/dashboard/summary?townshipCode=${otherTownshipCode}`,
      asUser(village),
    );
    expect(res.status).toBe(404);
  });

  it("answers 404 for another township of a township's user and for another county's township", async () => {
    const cases = [
      [township, otherTownshipCode],
      [county, otherCountyTownshipCode],
      [township, otherCountyTownshipCode],
      [county, '361003999'],
    ] as const;
    for (const [token, code] of cases) {
      const res = await app.request(`/api/dashboard/summary?townshipCode=${code}`, asUser(token));
      expect(res.status, code).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(await res.json())).not.toContain('乡');
    }
  });

  it('refuses a township code that is not 9 digits, naming the field', async () => {
    const res = await app.request('/api/dashboard/summary?townshipCode=3610031', asUser(county));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path)).toEqual(['townshipCode']);
  });
});
