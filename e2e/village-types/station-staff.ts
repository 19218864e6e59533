import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test';
import { signIn } from '../accounts/sign-in';

async function json<T>(response: Promise<{ ok(): boolean; json(): Promise<unknown>; status(): number }>) {
  const res = await response;
  expect(res.ok(), `HTTP ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}

/** A signed-in station staff member of one pilot village, in a browser context of their own. */
export interface StationStaff {
  page: Page;
  villageId: string;
  displayName: string;
  /** Closes the context and disables the account. */
  close(): Promise<void>;
}

/**
 * The demo county admin (signed in on `admin`) invites a station staff member of the village with this
 * 12-digit code; the new account replaces its initial password through the API (as the forced change page
 * does) and signs in through the login page in a context of its own.
 */
export async function stationStaffOf(
  browser: Browser,
  admin: APIRequestContext,
  village: { code: string; name: string; prefix: string },
): Promise<StationStaff> {
  const suffix = Date.now().toString(36);
  const { items } = await json<{ items: { id: string; name: string }[] }>(
    admin.get(`/api/villages?q=${village.code}`),
  );
  const found = items[0];
  expect(found?.name).toBe(village.name);
  const villageId = found?.id ?? '';
  const username = `${village.prefix}-staff-${suffix}`;
  const displayName = `${village.name}站员${suffix}`;
  const invited = await json<{ user: { id: string }; initialPassword: string }>(
    admin.post('/api/users', { data: { username, displayName, role: 'station-staff', villageId } }),
  );
  const password = `${village.prefix}-${suffix}-new`;
  const setup = await browser.newContext();
  await json(
    setup.request.post('/api/auth/login', { data: { username, password: invited.initialPassword } }),
  );
  await json(
    setup.request.post('/api/auth/password', {
      data: { currentPassword: invited.initialPassword, newPassword: password },
    }),
  );
  await setup.close();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, password);
  return {
    page,
    villageId,
    displayName,
    close: async () => {
      await context.close();
      await admin.post(`/api/users/${invited.user.id}/disable`, { data: {} });
    },
  };
}

/** Opens 服务申请 → 代村民填报 and picks the form (its title and station, as the picker lists them). */
export async function fileForVillager(page: Page, input: { village: string; form: string }): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '服务申请' }).click();
  await expect(page.getByRole('heading', { name: '服务申请', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '代村民填报' }).click();
  await expect(page.getByText(`村：${input.village}`)).toBeVisible();
  await page.getByRole('button', { name: /事项/ }).click();
  await page.getByRole('option', { name: input.form }).click();
}
