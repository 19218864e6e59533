import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn } from '../accounts/sign-in';

/** The rows of a downloaded workbook's sheet, cell values from the first column. */
async function sheetRows(page: Page, link: string, sheet: string): Promise<unknown[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** 新建村's scores, item by item in rubric order (two items per criterion). */
const SCORES = ['90', '80', '85', '95', '70.5', '80.5', '100', '90', '88', '92'];

test('as demo: open a period, score 新建村, review and approve it, see the ranking and the dashboard', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '五个好评估' }).click();
  await expect(page.getByRole('heading', { name: '评估周期', level: 1 })).toBeVisible();
  // The demo's periods: 2025年度 open, 2024年度 closed.
  await expect(page.getByRole('link', { name: '2025年度' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2024年度' })).toBeVisible();

  // Draft 2026年度 and weigh leadership up, public feedback down, before opening.
  await page.getByRole('button', { name: '新建评估周期' }).click();
  await page.getByLabel('周期名称').fill('2026年度');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByRole('heading', { name: /2026年度/, level: 1 })).toContainText('草稿');
  await page.getByLabel('“领导班子好”权重（%）').fill('30');
  await expect(page.getByText('权重合计：110% · 须为 100%')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存评分细则' })).toBeDisabled();
  await page.getByLabel('“群众反映好”权重（%）').fill('10');
  await expect(page.getByText('权重合计：100%', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '保存评分细则' }).click();
  await expect(page.getByText('已保存').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('rubric.png'), fullPage: true });

  // Opening asks first, then freezes the rubric.
  await page.getByRole('button', { name: '开启周期' }).click();
  const opening = page.getByRole('alertdialog');
  await expect(opening).toContainText('开启“2026年度”？');
  await opening.getByRole('button', { name: '开启周期' }).click();
  await expect(page.getByRole('heading', { name: /2026年度/, level: 1 })).toContainText('进行中');
  await expect(page.getByText('周期已开启，评分细则已冻结，不能再修改。')).toBeVisible();
  await expect(page.getByRole('cell', { name: '30%' })).toBeVisible();

  // 新建村 among the villages of the county, found by name.
  await page.getByRole('link', { name: '各村评估', exact: true }).click();
  await page.getByLabel('搜索村名').fill('新建');
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: '新建村', exact: true }).click();
  await expect(page.getByRole('heading', { name: '新建村', level: 2 })).toBeVisible();

  // The village's self-assessment: a score per item, evidence linking a ledger, then submit.
  const scoreFields = page.getByRole('textbox', { name: /”得分$/ });
  await expect(scoreFields).toHaveCount(SCORES.length);
  for (const [i, score] of SCORES.entries()) await scoreFields.nth(i).fill(score);
  await page.getByLabel('“班子团结、分工明确”佐证材料').fill('台账：2026年三会一课记录');
  await page.getByRole('button', { name: '保存自评' }).click();
  // 0.3×85 + 0.2×90 + 0.2×75.5 + 0.2×95 + 0.1×90 = 86.6, exactly.
  await expect(page.getByTestId('assessment-total')).toHaveText('86.60');
  await page.getByRole('button', { name: '提交审核' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText('已提交', { exact: true }).first()).toBeVisible();

  // The township's review (the county admin holds it too).
  await page.getByLabel('审核意见').fill('材料齐全');
  await page.getByRole('button', { name: '乡镇审核通过' }).click();
  await expect(page.getByText('乡镇已审核', { exact: true }).first()).toBeVisible();

  // A return needs a reason, named at the field; then the county approves.
  await page.getByRole('button', { name: '退回', exact: true }).click();
  await expect(page.getByText('请填写退回理由')).toBeVisible();
  await page.getByRole('button', { name: '县级审定' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '县级审定' }).click();
  await expect(page.getByText('县级已审定', { exact: true }).first()).toBeVisible();
  const history = page.getByRole('region', { name: '流转记录' });
  await expect(history).toContainText('东乡区委组织部 保存了自评');
  await expect(history).toContainText('东乡区委组织部 提交了自评');
  await expect(history).toContainText('东乡区委组织部 审核通过：材料齐全');
  await expect(history).toContainText('东乡区委组织部 审定通过');
  const periods = page.getByRole('region', { name: '历年评估' });
  await expect(periods.getByRole('link', { name: '2024年度' })).toBeVisible();
  await expect(periods.getByRole('row', { name: /2026年度 县级已审定 86\.60/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('assessment.png'), fullPage: true });

  // The ranking: 新建村 first in the county and in 孝岗镇.
  await page.getByRole('link', { name: '排名', exact: true }).click();
  await expect(page.getByRole('row', { name: '1 1 新建村 孝岗镇 86.60' })).toBeVisible();

  // The county dashboard: the headings of the summary, the latest period's ranking with 新建村.
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: '县域看板', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '“五个好”评比排名' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '村庄类型' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '各乡镇专项经费' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const screenshot = testInfo.outputPath('dashboard.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('dashboard', { path: screenshot, contentType: 'image/png' });
});

test("the demo's open period: the printable report, its results as .xlsx, and funding recorded in yuan to the fen", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await signIn(page);
  await page.goto('/evaluation/periods');
  await page.getByRole('link', { name: '2025年度' }).click();

  // The results: the six assessed villages of the demo, each with its five criteria.
  const results = await sheetRows(page, '导出评估结果（.xlsx）', '评估结果');
  expect(results[0]).toContain('领导班子好（20%）');
  expect(results).toHaveLength(7);

  // The report: the county ranking, then a section per township; printing leaves out the app's frame.
  await page.getByRole('link', { name: '打印报告', exact: true }).click();
  await expect(page.getByRole('heading', { name: '“五个好”评估报告 · 2025年度', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '全县排名' }).getByRole('row')).toHaveCount(5);
  for (const township of ['孝岗镇', '黎圩镇', '邓家乡', '虎圩乡'])
    await expect(page.getByRole('heading', { name: township, level: 2 })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('report-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // 资金与设备: the demo's 留存党费 and 电教设备, then 0.1 yuan more, exactly.
  await page.goto('/evaluation/funding');
  await expect(page.getByRole('status').filter({ hasText: '资金合计' })).toHaveText(
    '资金合计 57,800.49 元 · 设备 6 件',
  );
  const form = page.getByRole('region', { name: '登记资金拨付' });
  await form.getByRole('combobox', { name: '村' }).fill('新建');
  await page.getByRole('option', { name: /^新建村/ }).click();
  await form.getByLabel('金额（元）').fill('12.345');
  await form.getByLabel('用途').fill('党员活动室设备');
  await form.getByLabel('资金来源').fill('留存党费');
  await form.getByLabel('审批人').fill('区委组织部');
  await form.getByRole('button', { name: '登记' }).click();
  await expect(form.getByText('请输入金额（元），最多两位小数')).toBeVisible();
  await form.getByLabel('金额（元）').fill('0.1');
  await form.getByRole('button', { name: '登记' }).click();
  await expect(page.getByRole('status').filter({ hasText: '资金合计' })).toHaveText(
    '资金合计 57,800.59 元 · 设备 6 件',
  );
  await page.screenshot({ path: testInfo.outputPath('funding.png'), fullPage: true });
  const funding = await sheetRows(page, '导出（.xlsx）', '资金');
  expect(funding.at(-1)).toEqual(['合计', undefined, undefined, '57800.59']);
});
