import { createUser } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import { importDivisions, onboardCounty } from '@cunshe/divisions';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, createTestApp, logIn } from '../../auth/test-kit';
import { fenOf, yuanOf } from './money';

const password = 'funding-test-password';
let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let database: Database;
let county: string;
let township: string;
let xinjianId: string;
let tanjiangId: string;

async function call<T>(token: string, method: string, path: string, json?: unknown) {
  const res = await app.request(path, asUser(token, { method, ...(json === undefined ? {} : { json }) }));
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  await importDivisions(database, { prefixes: ['3610'] });
  const tenantId = (await onboardCounty(database, { code: '361003' })).tenantId;
  const rows = await database.withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(villages)
      .where(inArray(villages.code, ['361003100209', '361003107207'])),
  );
  const xinjian = rows.find((v) => v.code === '361003100209');
  xinjianId = xinjian?.id ?? '';
  tanjiangId = rows.find((v) => v.code === '361003107207')?.id ?? '';
  await createUser(database, {
    tenantId,
    password,
    displayName: '县',
    username: 'fund-county',
    role: 'county-admin',
  });
  await createUser(database, {
    tenantId,
    password,
    displayName: '镇',
    username: 'fund-township',
    role: 'township-admin',
    townshipId: xinjian?.townshipId,
  });
  county = await logIn(app, 'fund-county', password);
  township = await logIn(app, 'fund-township', password);
});

afterAll(() => database.close());

describe('funding and equipment allocations', () => {
  it('converts yuan to fen by digits, never through a float', () => {
    expect(fenOf('0.1') + fenOf('0.2')).toBe(30);
    expect(yuanOf(fenOf('20000.07'))).toBe('20000.07');
    expect(() => fenOf('1.005')).toThrow();
  });

  it('records money and equipment and sums them per village and for the county, exactly', async () => {
    const money = [
      { villageId: xinjianId, amountYuan: '0.10' },
      { villageId: xinjianId, amountYuan: '0.20' },
      { villageId: tanjiangId, amountYuan: '20000.07' },
    ];
    for (const m of money) {
      const res = await call(county, 'POST', '/api/funding/allocations', {
        ...m,
        purpose: '党员活动室',
        source: '留存党费',
        allocatedOn: '2026-03-01',
        approver: '县委组织部 张部长',
      });
      expect(res.status).toBe(201);
    }
    expect(
      (
        await call(county, 'POST', '/api/funding/equipment', {
          villageId: xinjianId,
          item: '电教设备',
          quantity: 3,
          sentOn: '2026-03-02',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(township, 'POST', '/api/funding/allocations', {
          ...money[0],
          purpose: 'x',
          allocatedOn: '2026-03-01',
          approver: 'y',
        })
      ).status,
    ).toBe(403);
    const report = await call<{
      totalYuan: string;
      totalFen: number;
      totalEquipmentQuantity: number;
      villageTotals: { villageId: string; fundingYuan: string; equipmentQuantity: number }[];
    }>(county, 'GET', '/api/funding/allocations');
    expect(report.body).toMatchObject({
      totalYuan: '20000.37',
      totalFen: 2_000_037,
      totalEquipmentQuantity: 3,
    });
    expect(report.body.villageTotals.find((t) => t.villageId === xinjianId)).toMatchObject({
      fundingYuan: '0.30',
      equipmentQuantity: 3,
    });
    const mine = await call<{ totalYuan: string }>(township, 'GET', '/api/funding/allocations');
    expect(mine.body.totalYuan).toBe('0.30');
  });

  it('refuses an allocation of no money, naming the amount', async () => {
    for (const amountYuan of ['0', '0.00', '000.0']) {
      const res = await call<{ errors: { path: string }[] }>(county, 'POST', '/api/funding/allocations', {
        villageId: xinjianId,
        amountYuan,
        purpose: '党员活动室',
        allocatedOn: '2026-03-01',
        approver: '县委组织部',
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e) => e.path)).toEqual(['amountYuan']);
    }
  });
});
