import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test('an invited village admin changes the initial password, sees only 新建村, and the audit log shows it', async ({
  page,
  browser,
}) => {
  // A unique account per run, so the spec never meets what another run left behind.
  const suffix = Date.now().toString(36);
  const username = `xinjian-${suffix}`;
  const displayName = `新建村管理员 ${suffix}`;
  const newPassword = `Xinjian-${suffix}-new`;

  await signIn(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '用户' }).click();
  await page.getByRole('button', { name: '邀请用户' }).click();
  const invite = page.getByRole('dialog', { name: '邀请用户' });
  await invite.getByLabel('用户名').fill(username);
  await invite.getByLabel('姓名').fill(displayName);
  await expect(invite.getByRole('button', { name: /村级管理员/ })).toBeVisible();
  await invite.getByRole('combobox', { name: '村' }).fill('361003100209');
  await page.getByRole('option', { name: /新建村/ }).click();
  await invite.getByRole('button', { name: '邀请', exact: true }).click();

  const shown = page.getByRole('dialog', { name: `已邀请 ${displayName}` });
  await expect(shown).toContainText('只显示这一次');
  const initialPassword = (await shown.getByTestId('initial-password').textContent())?.trim() ?? '';
  expect(initialPassword).toMatch(/^\S{14}$/);
  await shown.getByRole('button', { name: '我已记下密码' }).click();
  await expect(
    page.getByRole('table', { name: '用户列表' }).getByRole('row').filter({ hasText: username }),
  ).toContainText('待修改初始密码');

  const context = await browser.newContext();
  const villager = await context.newPage();
  await signIn(villager, username, initialPassword);
  await expect(villager).toHaveURL(/\/account\/password/);
  await villager.getByLabel('初始密码').fill(initialPassword);
  await villager.getByLabel('新密码', { exact: true }).fill(newPassword);
  await villager.getByLabel('再次输入新密码').fill(newPassword);
  await villager.getByRole('button', { name: '修改密码' }).click();
  await expect(villager.getByText('密码已修改')).toBeVisible();
  await expect(villager).not.toHaveURL(/\/account\/password/);

  await villager.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '村庄' }).click();
  const villages = villager.getByRole('table', { name: '村庄列表' });
  await expect(villages.getByRole('link', { name: '新建村' })).toBeVisible();
  await expect(villages.getByRole('row')).toHaveCount(2);
  await expect(villager.getByText('共 1 条')).toBeVisible();
  await expect(
    villager.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '用户' }),
  ).toHaveCount(0);
  await context.close();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '操作日志' }).click();
  const log = page.getByRole('table', { name: '操作日志' });
  const entries = (action: string) =>
    log.getByRole('row').filter({ has: page.getByRole('cell', { name: action, exact: true }) });
  await expect(entries('邀请用户').filter({ hasText: username })).toHaveCount(1);
  await expect(entries('登录').filter({ hasText: displayName })).toHaveCount(1);
  await expect(entries('修改密码').filter({ hasText: displayName })).toHaveCount(1);
});
