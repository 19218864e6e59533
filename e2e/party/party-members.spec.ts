import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn } from '../accounts/sign-in';
import { fictionalIdNumber } from './fictional-id-number';

async function chooseVillage(page: Page, label: string, typed: string, name: string): Promise<void> {
  const village = page.getByRole('combobox', { name: label });
  await village.fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a floating party member with an activity certificate is added, shown masked, revealed and audited', async ({
  page,
}) => {
  const idNumber = fictionalIdNumber('1986-04-12', 400 + Math.floor(Math.random() * 500));
  const masked = `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`;
  await signIn(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '党建' }).click();
  await expect(page.getByRole('heading', { name: '党员', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '新增党员' }).click();
  await expect(page.getByRole('heading', { name: '新增党员', level: 1 })).toBeVisible();

  await chooseVillage(page, '村', '潭江', '潭江村');
  await choose(page, '所在党支部', '潭江村党支部');
  await page.getByLabel('姓名').fill('欧阳流');
  await page.getByLabel('公民身份号码').fill(idNumber.toLowerCase());
  await page.getByLabel('手机号码').fill('+86 138-0013-8123');
  await page.getByLabel('入党日期').fill('2010-07-01');
  await choose(page, '党员类别', '流动党员');

  // Saving without the floating member's fields names each of them at the field.
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('必填')).toHaveCount(5);

  await page.getByLabel('流动党员活动证号').fill('赣抚流证2025E2E1');
  await page.getByLabel('有效期起').fill('2025-01-01');
  await page.getByLabel('有效期止').fill('2027-12-31');
  await page.getByLabel('现在何处').fill('广东省广州市天河区');
  await choose(page, '管理方式', '协管');
  await page.getByLabel('管理党组织').fill('天河区流动党员党支部');
  await page.getByRole('button', { name: '保存', exact: true }).click();

  await expect(page).toHaveURL(/\/party\/members\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: '欧阳流', level: 1 })).toBeVisible();
  const shownId = page.getByTestId('id-number');
  await expect(shownId).toHaveText(masked);
  await expect(page.getByText('赣抚流证2025E2E1')).toBeVisible();
  await expect(page.getByText('协管')).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(idNumber.slice(0, 10)));

  await page.getByRole('button', { name: '查看完整号码' }).click();
  await expect(shownId).toHaveText(idNumber);
  await expect(page.getByText('已显示完整号码（已记入操作日志）')).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '操作日志' }).click();
  const firstRow = page.getByRole('row').filter({ hasText: '查看完整身份证号' }).first();
  await expect(firstRow).toBeVisible();
  await expect(firstRow).toContainText('东乡区委组织部');
  await expect(page.locator('body')).not.toContainText(idNumber);
});

test('the import template with one bad row reports that row and imports nothing until only the good rows are chosen', async ({
  page,
}) => {
  await signIn(page);
  const template = await page.request.get('/api/party/members/import-template');
  expect(template.ok()).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await template.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('党员');
  if (!sheet) throw new Error('the template has no sheet 党员');
  const labels = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const row = (values: Record<string, string>) => sheet.addRow(labels.map((label) => values[label] ?? null));
  const sequence = 100 + Math.floor(Math.random() * 300);
  row({
    党组织: '潭江村党支部',
    姓名: '导入好',
    公民身份号码: fictionalIdNumber('1979-09-09', sequence),
    党员类别: '社区居民党员',
    入党日期: '2001-07-01',
  });
  row({
    党组织: '潭江村党支部',
    姓名: '导入坏',
    公民身份号码: fictionalIdNumber('1979-09-09', sequence + 1),
    党员类别: '在职党员',
    入党日期: '2001-07-01',
  });
  const content = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.goto('/party/members');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入党员' });
  await chooseVillage(page, '导入到', '潭江', '潭江村');
  await dialog.locator('input[type=file]').setInputFiles({
    name: '党员导入.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: content,
  });
  await expect(dialog.getByRole('status')).toHaveText('共 2 行：1 行无误，1 行有错误。');
  const badRow = dialog.getByRole('row').filter({ hasText: '导入坏' });
  await expect(badRow).toContainText('在职党员须填写工作单位');
  await expect(badRow).toContainText('在职党员须填写单位党组织');
  const apply = dialog.getByRole('button', { name: '导入 1 名党员' });
  await expect(apply).toBeDisabled();

  await dialog.getByLabel('只导入无误的行').check();
  await apply.click();
  await expect(page.getByText('已导入 1 名党员')).toBeVisible();
  await page.getByLabel('搜索党员').fill('导入');
  const members = page.getByRole('table', { name: '党员名单' });
  await expect(members.getByRole('link', { name: '导入好' })).toBeVisible();
  await expect(members.getByRole('link', { name: '导入坏' })).toHaveCount(0);
});
