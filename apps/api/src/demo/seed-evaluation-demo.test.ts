import type { Database } from '@cunshe/db';
import {
  equipmentAllocations,
  evaluationAssessments,
  evaluationPeriods,
  fundingAllocations,
} from '@cunshe/db/schema';
import { createTestDatabase } from '@cunshe/db/testing';
import { importDivisions, onboardCounty } from '@cunshe/divisions';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAllocations } from '../evaluation/funding/list-allocations';
import { getRanking } from '../evaluation/get-ranking';
import { seedEvaluationDemo } from './seed-evaluation-demo';

let database: Database;
let tenantId: string;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await importDivisions(database, { prefixes: ['3610'] });
  tenantId = (await onboardCounty(database, { code: '361003' })).tenantId;
  await seedEvaluationDemo(database, { tenantId, report: (line) => lines.push(line) });
}, 300_000);

afterAll(() => database.close());

describe('the five-goods demo', () => {
  it('closes 2024年度 with seven villages approved and leaves 2025年度 open without 新建村', async () => {
    const periods = await database.withTenant(tenantId, (tx) => tx.select().from(evaluationPeriods));
    expect(periods.map((p) => [p.name, p.status]).sort()).toEqual([
      ['2024年度', 'closed'],
      ['2025年度', 'open'],
    ]);
    const open = periods.find((p) => p.status === 'open');
    const closed = periods.find((p) => p.status === 'closed');
    const ranking = await database.withTenant(tenantId, async (tx) => ({
      open: await getRanking(tx, { tenantId, periodId: open?.id ?? '', scope: 'county' }),
      closed: await getRanking(tx, { tenantId, periodId: closed?.id ?? '', scope: 'county' }),
    }));
    expect(ranking.closed).toHaveLength(7);
    expect(ranking.open).toHaveLength(4);
    expect(ranking.open.map((row) => row.villageName)).not.toContain('新建村');
    expect(ranking.open[0]?.countyRank).toBe(1);
    const statuses = await database.withTenant(tenantId, (tx) =>
      tx
        .select({ status: evaluationAssessments.status })
        .from(evaluationAssessments)
        .where(eq(evaluationAssessments.periodId, open?.id ?? '')),
    );
    expect(statuses.map((s) => s.status).sort()).toEqual([
      'approved',
      'approved',
      'approved',
      'approved',
      'reviewed',
      'submitted',
    ]);
  });

  it('allocates retained party dues and e-learning sets to the four pilots, exactly in fen', async () => {
    const report = await database.withTenant(tenantId, (tx) => listAllocations(tx, { tenantId }));
    expect(report.funding.map((f) => f.source)).toEqual(['留存党费', '留存党费', '留存党费', '留存党费']);
    // 20000.00 + 15000.50 + 12800.00 + 9999.99
    expect(report.totalYuan).toBe('57800.49');
    expect(report.equipment.every((e) => e.item === '电教设备')).toBe(true);
    expect(report.totalEquipmentQuantity).toBe(6);
  });

  it('seeds once: a second run adds nothing', async () => {
    await seedEvaluationDemo(database, { tenantId, report: (line) => lines.push(line) });
    expect(lines).toHaveLength(2);
    const counts = await database.withTenant(tenantId, async (tx) => ({
      periods: (await tx.select().from(evaluationPeriods)).length,
      funding: (await tx.select().from(fundingAllocations)).length,
      equipment: (await tx.select().from(equipmentAllocations)).length,
    }));
    expect(counts).toEqual({ periods: 2, funding: 4, equipment: 4 });
  });
});
