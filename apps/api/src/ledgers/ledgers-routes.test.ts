import { auditLog } from '@cunshe/db/schema';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errandsPluginV2 } from '../forms/fixtures/errands-plugin';
import { createFormsWorld, type FormsWorld, idNumberOf, newKey } from '../forms/forms-test-kit';

let world: FormsWorld;
const wholeId = '11010519491231002X';
const memberId = idNumberOf('36102919850601002');
type Request = FormsWorld['users']['staff']['request'];

async function open(request: Request, name: string, data: Record<string, unknown>) {
  const res = await request('/api/forms/errands/insurance/submissions', {
    method: 'POST',
    json: {
      villageId: world.village,
      idempotencyKey: newKey(),
      villager: { name, phone: '13900002222' },
      data,
    },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function workbook(request: Request, query = '') {
  const res = await request(`/api/ledgers/service-requests.xlsx?villageId=${world.village}${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}

function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function csv(request: Request, query = '') {
  const res = await request(`/api/ledgers/service-requests.csv?villageId=${world.village}${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  return parse(text) as string[][];
}

let formulaId: string;
let oldId: string;

beforeAll(async () => {
  world = await createFormsWorld();
  const staff = world.users.staff.request;
  oldId = await open(staff, '张三', {
    idNumber: wholeId.toLowerCase(),
    grade: 'grade-1',
    people: 2,
    members: [{ name: '李四', idNumber: memberId }],
  });
  formulaId = await open(staff, '=HYPERLINK("http://evil.example","点我")', {
    idNumber: wholeId,
    grade: 'grade-2',
    people: 1,
    note: '+1 加急',
  });
  await open(staff, '@王五', { idNumber: wholeId, grade: 'grade-2', people: 1, note: '-2 人' });
  await world.users.staff.request(`/api/service-requests/${oldId}/transitions`, {
    method: 'POST',
    json: { to: 'accepted', version: 1 },
  });
  const upgraded = await world.restartWith([errandsPluginV2]);
  await open(upgraded.users.staff.request, '赵六', { idNumber: wholeId, amount: 480, people: 3 });
});
afterAll(() => world.close());

describe('the .xlsx ledger', () => {
  it('has Chinese headers, one row per request, and each form version on its own sheet with its own labels', async () => {
    const book = await workbook(world.users.staff.request);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '台账',
      '城乡居民医保缴费 v1',
      '城乡居民医保缴费 v2',
    ]);
    const main = rowsOf(book.getWorksheet('台账'));
    expect(main[0]).toEqual([
      '受理编号',
      '村',
      '事项（表单）',
      '表单版本',
      '村民姓名',
      '联系电话',
      '状态',
      '承办站点',
      '承办人',
      '代办人',
      '提交时间',
      '办理期限',
      '是否超期',
      '办结时间',
      '驳回理由',
      '填报内容',
    ]);
    expect(main).toHaveLength(5);
    const first = main[1] ?? [];
    expect(first.slice(1, 9)).toEqual([
      '甲县2村',
      '城乡居民医保缴费',
      1,
      '张三',
      '13900002222',
      '已受理',
      '医保服务点',
      'staff 同志',
    ]);
    expect(first[0]).toBe(oldId.slice(0, 8).toUpperCase());
    expect(first[15]).toBe(
      `身份证号码：${wholeId}；缴费档次：一档（380 元）；参保人数：2 人；家庭成员：1. 姓名：李四；身份证号码：${memberId}`,
    );
    const v1 = rowsOf(book.getWorksheet('城乡居民医保缴费 v1'));
    expect(v1[0]).toEqual([
      '受理编号',
      '村',
      '村民姓名',
      '状态',
      '提交时间',
      '身份证号码',
      '缴费档次',
      '参保人数',
      '备注',
      '家庭成员',
      '缴费凭证',
    ]);
    const v2 = rowsOf(book.getWorksheet('城乡居民医保缴费 v2'));
    expect(v2[0]?.slice(5)).toEqual(['身份证号码', '缴费金额', '参保人数']);
    expect(v2[1]?.slice(5)).toEqual([wholeId, '480 元', '3 人']);
  });

  it('keeps ID numbers as 18-character text cells', async () => {
    const book = await workbook(world.users.staff.request);
    const cell = book.getWorksheet('城乡居民医保缴费 v1')?.getRow(2).getCell(6);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(wholeId);
  });

  it('neutralises cells that would run as formulas', async () => {
    const main = rowsOf((await workbook(world.users.staff.request)).getWorksheet('台账'));
    const names = main.slice(1).map((row) => row[4]);
    expect(names).toContain(`'=HYPERLINK("http://evil.example","点我")`);
    expect(names).toContain(`'@王五`);
    const formula = main.find((row) => row[0] === formulaId.slice(0, 8).toUpperCase());
    expect(String(formula?.[15])).toContain('备注：+1 加急');
    const v1 = rowsOf((await workbook(world.users.staff.request)).getWorksheet('城乡居民医保缴费 v1'));
    expect(v1.flat()).toContain("'+1 加急");
    expect(v1.flat()).toContain("'-2 人");
  });

  it('masks ID numbers for a user who may not see them whole', async () => {
    const book = await workbook(world.users.townshipAdmin.request);
    const v1 = rowsOf(book.getWorksheet('城乡居民医保缴费 v1'));
    expect(v1[1]?.[5]).toBe('110105********002X');
    expect(JSON.stringify(rowsOf(book.getWorksheet('台账')))).not.toContain('11010519491231002');
  });
});

describe('the CSV ledger', () => {
  it('is UTF-8 with a BOM, Chinese headers, one line per request, formulas neutralised', async () => {
    const lines = await csv(world.users.staff.request);
    expect(lines[0]?.[0]).toBe('受理编号');
    expect(lines).toHaveLength(5);
    const names = lines.slice(1).map((line) => line[4]);
    expect(names).toEqual(['张三', `'=HYPERLINK("http://evil.example","点我")`, "'@王五", '赵六']);
    expect(lines[1]?.[15]).toContain(`身份证号码：${wholeId}`);
    expect(lines[4]?.[15]).toBe(`身份证号码：${wholeId}；缴费金额：480 元；参保人数：3 人`);
  });

  it('masks ID numbers for a township admin', async () => {
    const lines = await csv(world.users.townshipAdmin.request);
    expect(lines[1]?.[15]).toContain('身份证号码：110105********002X');
    expect(lines.flat().join()).not.toContain('11010519491231002');
  });

  it('filters by period', async () => {
    await world.host.database.db.execute(
      sql`update service_requests set created_at = '2024-03-05T10:00:00+08:00' where id = ${oldId}`,
    );
    const march = await csv(world.users.staff.request, '&from=2024-03-01&to=2024-03-31');
    expect(march.slice(1).map((line) => line[0])).toEqual([oldId.slice(0, 8).toUpperCase()]);
    expect(march[1]?.[10]).toBe('2024-03-05 10:00');
    expect(await csv(world.users.staff.request, '&to=2000-01-01')).toHaveLength(1);
  });

  it('is exported only by those who may, within their scope, and audited', async () => {
    expect((await world.users.viewer.request('/api/ledgers/service-requests.csv')).status).toBe(403);
    const other = await world.users.otherStaff.request(
      `/api/ledgers/service-requests.csv?villageId=${world.village}`,
    );
    expect(other.status).toBe(404);
    const otherCounty = await world.users.otherCountyAdmin.request('/api/ledgers/service-requests.csv');
    expect(otherCounty.status).toBe(200);
    expect(
      new TextDecoder()
        .decode(await otherCounty.arrayBuffer())
        .trim()
        .split('\r\n'),
    ).toHaveLength(1);
    const audits = await world.host.database.withTenant(world.host.county.tenantId, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.action, 'ledger.exported')),
    );
    expect(audits.length).toBeGreaterThan(0);
  });
});
