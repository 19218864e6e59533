import type { Database, Tx } from '@cunshe/db';
import { evaluationPeriods, fundingAllocations, townships, villages } from '@cunshe/db/schema';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { createPeriod } from '../evaluation/create-period';
import type { AssessedVillage } from '../evaluation/evaluation-scope';
import { recordAllocation } from '../evaluation/funding/record-allocation';
import { loadRubric } from '../evaluation/rubric';
import { saveSelfAssessment } from '../evaluation/save-self-assessment';
import { type AssessmentStep, transitionAssessment } from '../evaluation/transition-assessment';
import { transitionPeriod } from '../evaluation/transition-period';

const XINJIAN = '361003100209'; // 孝岗镇新建村: left for the Playwright spec in the open period
const OTHER_PILOTS = ['361003107207', '361003201201', '361003202208']; // 潭江村, 上杨村, 陈桥村

const APPROVED: AssessmentStep[] = ['submit', 'review', 'approve'];

/** The steps each demo village has gone through in the open period, by its place in the list. */
const OPEN_PERIOD_STEPS: AssessmentStep[][] = [
  APPROVED,
  APPROVED,
  APPROVED,
  APPROVED,
  ['submit', 'review'],
  ['submit'],
];

/**
 * The five-goods demo of a county: a closed period 2024年度 in which the demo villages (the four pilots and
 * three more villages of 孝岗镇) were all approved, an open period 2025年度 in which six of them stand
 * approved, reviewed or submitted (so the ranking and the dashboard have figures) while 新建村 has not
 * started, money from the retained party dues (留存党费) and e-learning sets (电教设备) sent to the pilots.
 * Runs once: a county that already has a period or an allocation keeps what it has. Demo mode only.
 */
export async function seedEvaluationDemo(
  database: Database,
  options: { tenantId: string; report: (line: string) => void },
): Promise<void> {
  const { tenantId } = options;
  await database.withTenant(tenantId, async (tx) => {
    const demoVillages = await villagesOfDemo(tx, tenantId);
    if (demoVillages.length === 0) return;
    const [period] = await tx
      .select({ id: evaluationPeriods.id })
      .from(evaluationPeriods)
      .where(eq(evaluationPeriods.tenantId, tenantId))
      .limit(1);
    if (!period) {
      await seedPeriod(tx, { tenantId, name: '2024年度', villages: demoVillages, offset: 0, isClosed: true });
      const others = demoVillages.filter((v) => v.code !== XINJIAN);
      await seedPeriod(tx, { tenantId, name: '2025年度', villages: others, offset: 3, isClosed: false });
      options.report(`seeded the five-goods periods 2024年度 (closed) and 2025年度 (open)`);
    }
    const [allocation] = await tx
      .select({ id: fundingAllocations.id })
      .from(fundingAllocations)
      .where(eq(fundingAllocations.tenantId, tenantId))
      .limit(1);
    if (!allocation) {
      await seedAllocations(tx, tenantId, demoVillages);
      options.report('seeded funding (留存党费) and equipment (电教设备) allocations');
    }
  });
}

/** The four pilots, then the first three other villages of 新建村's township by code. */
async function villagesOfDemo(tx: Tx, tenantId: string): Promise<AssessedVillage[]> {
  const select = () =>
    tx
      .select({
        id: villages.id,
        tenantId: villages.tenantId,
        townshipId: villages.townshipId,
        name: villages.name,
        code: villages.code,
        townshipName: townships.name,
      })
      .from(villages)
      .innerJoin(
        townships,
        and(eq(townships.tenantId, villages.tenantId), eq(townships.id, villages.townshipId)),
      );
  const pilots = await select()
    .where(and(eq(villages.tenantId, tenantId), inArray(villages.code, [XINJIAN, ...OTHER_PILOTS])))
    .orderBy(asc(villages.code));
  const xinjian = pilots.find((v) => v.code === XINJIAN);
  if (!xinjian) return [];
  const neighbours = await select()
    .where(
      and(
        eq(villages.tenantId, tenantId),
        eq(villages.townshipId, xinjian.townshipId),
        ne(villages.id, xinjian.id),
        eq(villages.isRetired, false),
      ),
    )
    .orderBy(asc(villages.code))
    .limit(3);
  return [...pilots, ...neighbours];
}

/** Drafts, opens and fills a period; the i-th village's scores run from 70 up, so the ranking is stable. */
async function seedPeriod(
  tx: Tx,
  input: { tenantId: string; name: string; villages: AssessedVillage[]; offset: number; isClosed: boolean },
): Promise<void> {
  const { tenantId } = input;
  const period = await createPeriod(tx, { tenantId, name: input.name, actor: null });
  await transitionPeriod(tx, { tenantId, periodId: period.id, to: 'open', actor: null });
  const rubric = await loadRubric(tx, tenantId, period.id);
  for (const [i, village] of input.villages.entries()) {
    const steps = input.isClosed ? APPROVED : OPEN_PERIOD_STEPS[i];
    if (!steps) continue;
    const scores = rubric.flatMap((c, ci) =>
      c.items.map((item, ii) => ({
        itemId: item.id,
        score: `${70 + ((i * 7 + ci * 3 + ii * 5 + input.offset) % 29)}.${(i * 25) % 100}`.replace(
          /\.0$/,
          '',
        ),
        evidence: [`台账：${input.name}${village.name}三会一课记录`],
        comment: null,
      })),
    );
    const selfComment = `${village.name}${input.name}五个好自评`;
    await saveSelfAssessment(tx, {
      tenantId,
      periodId: period.id,
      village,
      scores,
      selfComment,
      version: 0,
      actor: null,
    });
    for (const step of steps) {
      const comment = step === 'review' ? '材料齐全，情况属实' : null;
      await transitionAssessment(tx, { tenantId, periodId: period.id, village, step, comment, actor: null });
    }
  }
  if (input.isClosed)
    await transitionPeriod(tx, { tenantId, periodId: period.id, to: 'closed', actor: null });
}

/** 留存党费 to each pilot for its party activity room, and 电教设备 sent to each. */
async function seedAllocations(tx: Tx, tenantId: string, demoVillages: AssessedVillage[]): Promise<void> {
  const pilots = demoVillages.filter((v) => v.code === XINJIAN || OTHER_PILOTS.includes(v.code));
  for (const [i, village] of pilots.entries()) {
    await recordAllocation(tx, {
      tenantId,
      village,
      allocation: {
        kind: 'funding',
        amountYuan: ['20000.00', '15000.50', '12800.00', '9999.99'][i] ?? '5000.00',
        purpose: '党员活动室改造',
        source: '留存党费',
        allocatedOn: `2025-0${3 + i}-15`,
        approver: '区委组织部',
      },
      actor: null,
    });
    await recordAllocation(tx, {
      tenantId,
      village,
      allocation: {
        kind: 'equipment',
        item: '电教设备',
        quantity: 1 + (i % 2),
        sentOn: `2025-0${4 + i}-01`,
        note: '远程教育终端站点',
      },
      actor: null,
    });
  }
}
