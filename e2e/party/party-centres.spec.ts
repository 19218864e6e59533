import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../accounts/sign-in';
import { horizontalOverflow, keepScreenshot } from '../page-checks';

async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the three centres: the pilots’ centres by kind, a township’s centre set up, edited and deleted after a confirmation', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await page.goto('/party/centres');
  await expect(page.getByRole('heading', { name: '三大中心', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: '三大中心' });
  await expect(table.getByRole('row').filter({ hasText: '潭江村党员活动中心' })).toContainText('党员服务');
  await expect(table.getByRole('row').filter({ hasText: '潭江村便民服务中心' })).toContainText('法律咨询');

  await choose(page, /^中心类别/, '教育培训中心');
  await expect(page).toHaveURL(/kind=education-training/);
  await expect(table.getByRole('row').filter({ hasText: '黎圩镇党员教育培训中心' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '潭江村党员活动中心' })).toHaveCount(0);

  // A centre names a village or a township: asked to save with neither, the dialog names the township.
  await page.getByRole('button', { name: '设立中心' }).click();
  const dialog = page.getByRole('dialog', { name: '设立中心' });
  await choose(page, /^设立单位/, '乡镇');
  await choose(page, /^中心类别/, '便民服务中心');
  await dialog.getByLabel('名称').fill('黎圩镇便民服务中心');
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  await expect(dialog.getByText('请选择中心所在的村或乡镇')).toBeVisible();
  await choose(page, /^乡镇/, '黎圩镇');
  await dialog.getByLabel('民政').check();
  await dialog.getByLabel('就业').check();
  await dialog.getByLabel('地址').fill('黎圩镇人民政府一楼');
  await dialog.getByLabel('开放时间').fill('周一至周五 8:30-17:30');
  await dialog.getByLabel('负责人').fill('周明');
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  await expect(dialog).toBeHidden();

  await choose(page, /^中心类别/, '便民服务中心');
  const row = table.getByRole('row').filter({ hasText: '黎圩镇便民服务中心' });
  await expect(row).toContainText('民政');
  await expect(row).toContainText('就业');
  await expect(row).toContainText('乡镇');

  await row.getByRole('button', { name: '修改黎圩镇便民服务中心' }).click();
  const edit = page.getByRole('dialog', { name: '修改中心' });
  await edit.getByLabel('家政').check();
  await edit.getByRole('button', { name: '保存', exact: true }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('家政');
  await keepScreenshot(page, testInfo, 'centres');

  // On a phone the list reads as cards, with no sideways scrolling.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(row).toContainText('周明');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await keepScreenshot(page, testInfo, 'centres-phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  await row.getByRole('button', { name: '删除黎圩镇便民服务中心' }).click();
  const ask = page.getByRole('alertdialog', { name: '删除“黎圩镇便民服务中心”？' });
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: '删除黎圩镇便民服务中心' }).click();
  await ask.getByRole('button', { name: '删除' }).click();
  await expect(row).toHaveCount(0);
});

test('潭江村’s party organizations include the three association branches of the industry-chain plugin', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/party/organizations');
  const village = page.getByRole('combobox', { name: '选择村' });
  await village.fill('潭江');
  await page.getByRole('option', { name: /^潭江村/ }).click();
  const organizations = page.getByRole('table').filter({ hasText: '协会党支部' });
  for (const name of ['民营经济协会党支部', '蚕桑协会党支部', '生猪协会党支部']) {
    await expect(organizations.getByRole('row').filter({ hasText: name })).toContainText('协会党支部');
  }
});
