import { auditLog, partyMembers } from '@cunshe/db/schema';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser } from '../../auth/test-kit';
import { createPartyTestWorld, type PartyTestWorld } from '../party-test-kit';

let world: PartyTestWorld;
let template: Buffer;
const good1 = { name: '钱进', category: '社区居民党员' };

type Report = {
  applied: boolean;
  importedCount: number;
  validCount: number;
  errorCount: number;
  rows: { line: number; name: string; idNumberMasked: string | null; errors: { field: string }[] }[];
};

async function sheetWith(rows: Record<string, string | Date>[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('党员');
  if (!sheet) throw new Error('no sheet 党员');
  const labels = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  for (const row of rows) sheet.addRow(labels.map((label) => row[label] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function countMembers() {
  return (await world.database.withTenant(world.county.tenantId, (tx) => tx.select().from(partyMembers)))
    .length;
}

beforeAll(async () => {
  world = await createPartyTestWorld();
  await world.call('county', 'POST', '/api/party/organizations', {
    villageId: world.villages.v11.id,
    kind: 'branch',
    name: '一村党支部',
  });
  const res = await world.app.request('/api/party/members/import-template', asUser(world.tokens.viewer));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  template = Buffer.from(await res.arrayBuffer());
});

afterAll(() => world.database.close());

describe('importing members from the template', () => {
  it('reports both bad rows of four and imports nothing by default; only the good rows on request', async () => {
    const goodId = world.newIdNumber();
    const badId = world.newIdNumber();
    const contentBase64 = await sheetWith([
      {
        姓名: good1.name,
        公民身份号码: goodId,
        党员类别: good1.category,
        入党日期: '2001-07-01',
        手机号码: '139-0000-1111',
      },
      {
        姓名: '孙坏',
        公民身份号码: `${badId.slice(0, 17)}${badId.endsWith('0') ? '1' : '0'}`,
        党员类别: '在职党员',
        入党日期: '2001/7/1',
      },
      {
        姓名: '李流',
        公民身份号码: world.newIdNumber('male'),
        党员类别: '流动党员',
        入党日期: new Date(Date.UTC(2003, 6, 1)),
        流动党员活动证号: '赣流证0001',
        活动证有效期起: '2024-01-01',
        活动证有效期止: '2026-12-31',
        现在何处: '广东省深圳市',
        管理方式: '直管',
      },
      { 姓名: '周差', 公民身份号码: world.newIdNumber(), 党员类别: '流动党员', 入党日期: '2001年7月1日' },
    ]);
    const before = await countMembers();
    const body = { villageId: world.villages.v11.id, fileName: '党员.xlsx', contentBase64, dryRun: false };
    const refused = await world.call<Report>('village', 'POST', '/api/party/members/import', body);
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ applied: false, importedCount: 0, validCount: 2, errorCount: 2 });
    const bad = refused.body.rows.filter((r) => r.errors.length > 0);
    expect(bad.map((r) => r.line)).toEqual([3, 5]);
    expect(bad[0]?.errors.map((e) => e.field).sort()).toEqual([
      'employerName',
      'employerPartyOrganization',
      'idNumber',
    ]);
    expect(bad[1]?.errors.map((e) => e.field).sort()).toEqual([
      'certificateNumber',
      'certificateValidFrom',
      'certificateValidUntil',
      'currentLocation',
      'managementMode',
    ]);
    expect(JSON.stringify(refused.body)).not.toContain(goodId);
    expect(refused.body.rows[0]?.idNumberMasked).toBe(`${goodId.slice(0, 6)}********${goodId.slice(14)}`);
    expect(await countMembers()).toBe(before);

    const dryRun = await world.call<Report>('village', 'POST', '/api/party/members/import', {
      ...body,
      dryRun: true,
      onlyValidRows: true,
    });
    expect(dryRun.body).toMatchObject({ applied: false, importedCount: 0 });
    expect(await countMembers()).toBe(before);

    const partial = await world.call<Report>('village', 'POST', '/api/party/members/import', {
      ...body,
      onlyValidRows: true,
    });
    expect(partial.body).toMatchObject({ applied: true, importedCount: 2 });
    expect(await countMembers()).toBe(before + 2);
    const again = await world.call<Report>('village', 'POST', '/api/party/members/import', {
      ...body,
      onlyValidRows: true,
    });
    expect(again.body.rows[0]?.errors.map((e) => e.field)).toEqual(['idNumber']);
  });

  it('refuses an ID number stored as a number, the same ID twice, and an unknown branch', async () => {
    const id = world.newIdNumber();
    const contentBase64 = await sheetWith([
      { 姓名: '甲', 公民身份号码: id, 党员类别: '社区居民党员', 入党日期: '2001-07-01' },
      {
        姓名: '乙',
        公民身份号码: id,
        党员类别: '社区居民党员',
        入党日期: '2001-07-01',
        党组织: '不存在的支部',
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('党员');
    // An ID number typed as a number: Excel keeps 15 significant digits.
    sheet?.addRow([null, null, '丙', 361003198005170000, null, '社区居民党员', null, '2001-07-01']);
    const res = await world.call<Report>('village', 'POST', '/api/party/members/import', {
      villageId: world.villages.v11.id,
      fileName: 'x.xlsx',
      contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    });
    expect(res.body.rows.map((r) => [r.line, r.errors.map((e) => e.field).sort()])).toEqual([
      [2, []],
      [3, ['idNumber', 'organization']],
      [4, ['idNumber']],
    ]);
    const outside = await world.call('otherVillage', 'POST', '/api/party/members/import', {
      villageId: world.villages.v11.id,
      fileName: 'x.xlsx',
      contentBase64,
    });
    expect(outside.status).toBe(404);
    const unreadable = await world.call<{ errors: { path: string }[] }>(
      'village',
      'POST',
      '/api/party/members/import',
      {
        villageId: world.villages.v11.id,
        fileName: 'x.xlsx',
        contentBase64: Buffer.from('not a workbook').toString('base64'),
      },
    );
    expect(unreadable.body.errors.map((e) => e.path)).toEqual(['file']);
  });
});

describe('exporting members', () => {
  it('answers an .xlsx register with ID numbers and phones masked, and audits the export', async () => {
    const res = await world.app.request(
      '/api/party/members/export?category=floating',
      asUser(world.tokens.county),
    );
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toContain('公民身份号码');
    expect(rows.slice(1).map((row) => row[3])).toEqual(['李流']);
    expect(String(rows[1]?.[5])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const all = await world.app.request('/api/party/members/export', asUser(world.tokens.county));
    const text = Buffer.from(await all.arrayBuffer()).toString('latin1');
    expect(text.length).toBeGreaterThan(1000);
    const audit = await world.database.withTenant(world.county.tenantId, (tx) => tx.select().from(auditLog));
    expect(audit.filter((e) => e.action === 'party-member.exported')).toHaveLength(2);
    const fromMember = await world.call<{ items: { phoneMasked: string }[] }>(
      'county',
      'GET',
      `/api/party/members?q=${encodeURIComponent('钱')}`,
    );
    expect(fromMember.body.items[0]?.phoneMasked).toBe('139****1111');
  });
});
