import { expect, test } from '@playwright/test';
import { signIn } from '../accounts/sign-in';

test('the demo admin finds 潭江村 by its name and by its pinyin initials, and sees its type', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '村庄' }).click();
  await expect(page.getByRole('heading', { name: '村庄', level: 1 })).toBeVisible();
  const search = page.getByLabel('搜索村庄');
  const villages = page.getByRole('table', { name: '村庄列表' });

  await search.fill('潭江');
  await expect(page).toHaveURL(/q=%E6%BD%AD%E6%B1%9F/);
  await expect(villages.getByRole('row')).toHaveCount(2);
  await expect(villages.getByRole('link', { name: '潭江村' })).toBeVisible();

  await search.fill('tj');
  await expect(page).toHaveURL(/q=tj/);
  await expect(villages.getByRole('link', { name: '潭江村' })).toBeVisible();

  await villages.getByRole('link', { name: '潭江村' }).click();
  await expect(page.getByRole('heading', { name: /潭江村/, level: 1 })).toBeVisible();
  const facts = page.getByRole('region', { name: '基本信息' });
  await expect(facts).toContainText('361003107207');
  await expect(facts).toContainText('黎圩镇');
  await expect(facts).toContainText('产业型');
});

test('the demo admin sets the type of two villages at once and sees both changes in the audit log', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/villages');
  await page
    .getByRole('navigation', { name: '按乡镇筛选' })
    .getByRole('button', { name: /黎圩镇/ })
    .click();
  await expect(page).toHaveURL(/townshipCode=361003107/);
  const villages = page.getByRole('table', { name: '村庄列表' });
  await expect(villages.getByRole('link', { name: '枫山村' })).toBeVisible();

  await villages.getByRole('checkbox', { name: '选择“枫山村”' }).check();
  await villages.getByRole('checkbox', { name: '选择“后畲村”' }).check();
  await expect(page.getByText('已选择 2 项')).toBeVisible();
  await page.getByRole('button', { name: '设置类型' }).click();
  await page.getByRole('menuitem', { name: '城郊型' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('将 2 个村庄设为“城郊型”？');
  await dialog.getByRole('button', { name: '设置类型' }).click();

  await expect(page.getByText('已将 2 个村庄设为“城郊型”')).toBeVisible();
  for (const name of ['枫山村', '后畲村']) {
    await expect(villages.getByRole('row').filter({ hasText: name })).toContainText('城郊型');
  }

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '操作日志' }).click();
  const log = page.getByRole('table', { name: '操作日志' });
  for (const name of ['枫山村', '后畲村']) {
    const entry = log
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '修改村庄类型', exact: true }) })
      .filter({ hasText: name });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('东乡区委组织部');
    await expect(entry).toContainText('城郊型');
  }
});
