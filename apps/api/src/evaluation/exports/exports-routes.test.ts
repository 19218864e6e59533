import { createUser } from '@cunshe/auth';
import type { Database } from '@cunshe/db';
import { villages } from '@cunshe/db/schema';
import { importDivisions, onboardCounty } from '@cunshe/divisions';
import { inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, createTestApp, logIn } from '../../auth/test-kit';

type App = Awaited<ReturnType<typeof createTestApp>>['app'];
type Rubric = { criterion: string; weightBp: number; items: { id: string; weightBp: number }[] }[];

const password = 'evaluation-export-password';
const XINJIAN = '361003100209'; // 孝岗镇新建村
const TANJIANG = '361003107207'; // 黎圩镇潭江村
let app: App;
let database: Database;
let county: string;
let otherCounty: string;
let liwei: string;
let periodId: string;
let xinjianId: string;
let tanjiangId: string;

async function call<T>(token: string, method: string, path: string, json?: unknown) {
  const res = await app.request(path, asUser(token, { method, ...(json === undefined ? {} : { json }) }));
  return { status: res.status, body: (await res.json()) as T };
}

async function workbookOf(token: string, path: string) {
  const res = await app.request(path, asUser(token));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return { workbook, disposition: res.headers.get('content-disposition') ?? '' };
}

function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** Scores every item of each criterion alike: the criterion's score is then that score exactly. */
function scores(rubric: Rubric, byCriterion: Record<string, string>) {
  return rubric.flatMap((c) =>
    c.items.map((item) => ({ itemId: item.id, score: byCriterion[c.criterion] ?? '0' })),
  );
}

beforeAll(async () => {
  ({ app, database } = await createTestApp());
  await importDivisions(database, { prefixes: ['3610'] });
  const tenantId = (await onboardCounty(database, { code: '361003' })).tenantId;
  const otherTenant = (await onboardCounty(database, { code: '361002' })).tenantId;
  const rows = await database.withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(villages)
      .where(inArray(villages.code, [XINJIAN, TANJIANG])),
  );
  xinjianId = rows.find((v) => v.code === XINJIAN)?.id ?? '';
  tanjiangId = rows.find((v) => v.code === TANJIANG)?.id ?? '';
  await createUser(database, {
    tenantId,
    password,
    displayName: '县',
    username: 'exp-county',
    role: 'county-admin',
  });
  await createUser(database, {
    tenantId: otherTenant,
    password,
    displayName: '他县',
    username: 'exp-other',
    role: 'county-admin',
  });
  await createUser(database, {
    tenantId,
    password,
    displayName: '黎圩镇',
    username: 'exp-liwei',
    role: 'township-admin',
    townshipId: rows.find((v) => v.code === TANJIANG)?.townshipId,
  });
  county = await logIn(app, 'exp-county', password);
  liwei = await logIn(app, 'exp-liwei', password);
  otherCounty = await logIn(app, 'exp-other', password);

  const created = await call<{ id: string; rubric: Rubric }>(county, 'POST', '/api/evaluation/periods', {
    name: '2026年度',
  });
  periodId = created.body.id;
  await call(county, 'POST', `/api/evaluation/periods/${periodId}/open`);
  const rubric = created.body.rubric;
  const walk = async (villageId: string, byCriterion: Record<string, string>, steps: string[]) => {
    const base = `/api/evaluation/periods/${periodId}/villages/${villageId}`;
    expect(
      (await call(county, 'PUT', base, { version: 0, scores: scores(rubric, byCriterion) })).status,
    ).toBe(200);
    for (const step of steps) expect((await call(county, 'POST', `${base}/${step}`, {})).status).toBe(200);
  };
  await walk(
    xinjianId,
    { leadership: '90', cadres: '80.5', mechanism: '70.25', performance: '100', feedback: '60' },
    ['submit', 'review', 'approve'],
  );
  await walk(
    tanjiangId,
    { leadership: '60', cadres: '60', mechanism: '60', performance: '60', feedback: '61' },
    ['submit'],
  );
  for (const allocation of [
    { villageId: xinjianId, amountYuan: '20000.07', purpose: '=HYPERLINK("x")', source: '留存党费' },
    { villageId: tanjiangId, amountYuan: '0.1', purpose: '电教设备配套', source: '留存党费' },
    { villageId: tanjiangId, amountYuan: '0.2', purpose: '党员活动室', source: null },
  ])
    expect(
      (
        await call(county, 'POST', '/api/funding/allocations', {
          ...allocation,
          allocatedOn: '2026-03-01',
          approver: '县委组织部',
        })
      ).status,
    ).toBe(201);
  await call(county, 'POST', '/api/funding/equipment', {
    villageId: xinjianId,
    item: '电教设备',
    quantity: 2,
    sentOn: '2026-03-02',
  });
});

afterAll(() => database.close());

describe('the five-goods report and exports', () => {
  it("reports each village's criteria scores exactly, township by township, with ranks", async () => {
    const report = await call<{
      villages: {
        villageName: string;
        townshipName: string;
        status: string;
        totalScore: string;
        countyRank: number | null;
        criteria: { criterion: string; score: string }[];
      }[];
    }>(county, 'GET', `/api/evaluation/periods/${periodId}/report`);
    expect(report.status).toBe(200);
    // Townships in pinyin order: 黎圩镇 before 孝岗镇.
    expect(report.body.villages).toEqual([
      expect.objectContaining({
        villageName: '潭江村',
        status: 'submitted',
        totalScore: '60.20',
        countyRank: null,
      }),
      expect.objectContaining({
        villageName: '新建村',
        townshipName: '孝岗镇',
        status: 'approved',
        // 0.2 × (90 + 80.5 + 70.25 + 100 + 60) = 80.15
        totalScore: '80.15',
        countyRank: 1,
        criteria: [
          { criterion: 'leadership', score: '90.00' },
          { criterion: 'cadres', score: '80.50' },
          { criterion: 'mechanism', score: '70.25' },
          { criterion: 'performance', score: '100.00' },
          { criterion: 'feedback', score: '60.00' },
        ],
      }),
    ]);
  });

  it('exports the results as .xlsx with Chinese headers and a row per assessed village', async () => {
    const { workbook, disposition } = await workbookOf(
      county,
      `/api/evaluation/periods/${periodId}/results.xlsx`,
    );
    expect(disposition).toContain(encodeURIComponent('五个好评估结果-2026年度.xlsx'));
    const rows = rowsOf(workbook.getWorksheet('评估结果'));
    expect(rows[0]).toEqual([
      '乡镇',
      '村',
      '区划代码',
      '状态',
      '总分',
      '全县排名',
      '乡镇内排名',
      '领导班子好（20%）',
      '党员干部队伍好（20%）',
      '工作机制好（20%）',
      '工作业绩好（20%）',
      '群众反映好（20%）',
    ]);
    expect(rows.slice(1)).toEqual([
      ['黎圩镇', '潭江村', TANJIANG, '已提交', '60.20', '', '', '60.00', '60.00', '60.00', '60.00', '61.00'],
      [
        '孝岗镇',
        '新建村',
        XINJIAN,
        '县级已审定',
        '80.15',
        1,
        1,
        '90.00',
        '80.50',
        '70.25',
        '100.00',
        '60.00',
      ],
    ]);
  });

  it('exports the allocations as .xlsx with exact yuan totals and formulas neutralised', async () => {
    const { workbook } = await workbookOf(county, '/api/funding/allocations.xlsx');
    const funding = rowsOf(workbook.getWorksheet('资金'));
    expect(funding[0]).toEqual(['拨付日期', '乡镇', '村', '金额（元）', '用途', '资金来源', '审批人']);
    expect(funding.slice(1, -1)).toHaveLength(3);
    expect(funding.slice(1, -1)).toContainEqual([
      '2026-03-01',
      '孝岗镇',
      '新建村',
      '20000.07',
      `'=HYPERLINK("x")`,
      '留存党费',
      '县委组织部',
    ]);
    // 20000.07 + 0.1 + 0.2 in fen: no float drift.
    expect(funding.at(-1)).toEqual(['合计', undefined, undefined, '20000.37']);
    expect(rowsOf(workbook.getWorksheet('设备'))).toEqual([
      ['发放日期', '村', '设备', '数量', '备注'],
      ['2026-03-02', '新建村', '电教设备', 2, ''],
      ['合计', undefined, undefined, 2],
    ]);
    expect(rowsOf(workbook.getWorksheet('按村汇总')).slice(1)).toEqual(
      expect.arrayContaining([
        ['新建村', '20000.07', 2],
        ['潭江村', '0.30', 0],
      ]),
    );
  });

  it('names the reason of a return as the field `comment`, and keeps the history of the steps', async () => {
    const base = `/api/evaluation/periods/${periodId}/villages/${tanjiangId}`;
    expect((await call(county, 'POST', `${base}/review`, {})).status).toBe(200);
    const refused = await call<{ errors: { path: string }[] }>(county, 'POST', `${base}/return`, {
      comment: ' ',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'comment' })]);
    expect((await call(county, 'POST', `${base}/return`, { comment: '佐证不足' })).status).toBe(200);
    const view = await call<{ history: { action: string; comment: string | null; actorName: string }[] }>(
      county,
      'GET',
      base,
    );
    expect(view.body.history.map((h) => h.action)).toEqual(['scored', 'submitted', 'reviewed', 'returned']);
    expect(view.body.history.at(-1)).toMatchObject({ comment: '佐证不足', actorName: '县' });
  });

  it("gives a township's admin the results of its own villages only", async () => {
    const report = await call<{ villages: { villageName: string }[] }>(
      liwei,
      'GET',
      `/api/evaluation/periods/${periodId}/report`,
    );
    expect(report.body.villages.map((v) => v.villageName)).toEqual(['潭江村']);
    const { workbook } = await workbookOf(liwei, `/api/evaluation/periods/${periodId}/results.xlsx`);
    expect(rowsOf(workbook.getWorksheet('评估结果')).map((row) => row[1])).toEqual(['村', '潭江村']);
    const allocations = await workbookOf(liwei, '/api/funding/allocations.xlsx');
    expect(rowsOf(allocations.workbook.getWorksheet('按村汇总')).slice(1)).toEqual([['潭江村', '0.30', 0]]);
  });

  it("gives another county's user neither the report nor this county's allocations", async () => {
    expect((await call(otherCounty, 'GET', `/api/evaluation/periods/${periodId}/report`)).status).toBe(404);
    const res = await app.request(`/api/evaluation/periods/${periodId}/results.xlsx`, asUser(otherCounty));
    expect(res.status).toBe(404);
    const { workbook } = await workbookOf(otherCounty, '/api/funding/allocations.xlsx');
    expect(rowsOf(workbook.getWorksheet('资金')).slice(1)).toEqual([['合计', undefined, undefined, '0.00']]);
  });
});
