import { expect, type Page } from '@playwright/test';
import { demoPassword } from '../playwright.config';

/**
 * Signs in through the login page as `username` (the demo county admin by default) and waits until the
 * app has let the user in (or sent them to the forced password change).
 */
export async function signIn(page: Page, username = 'demo', password = demoPassword): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名或手机号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
