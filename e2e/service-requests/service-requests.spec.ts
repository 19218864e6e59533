import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { signIn } from '../accounts/sign-in';

/** Parses the ledger's CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}

async function json<T>(response: Promise<{ ok(): boolean; json(): Promise<unknown>; status(): number }>) {
  const res = await response;
  expect(res.ok(), `HTTP ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}

/** The demo county admin makes a station staff account for 新建村 (with the stations plugin enabled there). */
async function stationStaffOf新建村(api: APIRequestContext, suffix: string) {
  const { items } = await json<{ items: { id: string; name: string }[] }>(
    api.get('/api/villages?q=361003100209'),
  );
  const village = items[0];
  expect(village?.name).toBe('新建村');
  await json(api.post(`/api/villages/${village?.id}/plugins/stations/enable`, { data: {} }));
  const invited = await json<{ user: { id: string }; initialPassword: string }>(
    api.post('/api/users', {
      data: {
        username: `xinjian-staff-${suffix}`,
        displayName: `新建村站员${suffix}`,
        role: 'station-staff',
        villageId: village?.id,
      },
    }),
  );
  return {
    userId: invited.user.id,
    username: `xinjian-staff-${suffix}`,
    initialPassword: invited.initialPassword,
  };
}

/** The new staff member replaces the initial password through the API (as the forced change page does). */
async function changeInitialPassword(
  request: APIRequestContext,
  account: { username: string; initialPassword: string },
  newPassword: string,
) {
  await json(
    request.post('/api/auth/login', {
      data: { username: account.username, password: account.initialPassword },
    }),
  );
  await json(
    request.post('/api/auth/password', { data: { currentPassword: account.initialPassword, newPassword } }),
  );
}

test('station staff of 新建村 file a request for a villager, accept and resolve it, and find it in the ledger', async ({
  page,
  browser,
  request,
}) => {
  // Two sign-ins with a password change, a filing, two moves and two downloads: more than the default minute.
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const villager = `村民${suffix}`;
  await signIn(page);
  const staffAccount = await stationStaffOf新建村(page.request, suffix);
  const context = await browser.newContext();
  try {
    const staff = await context.newPage();
    const newPassword = `Xinjian-${suffix}-new`;
    await changeInitialPassword(request, staffAccount, newPassword);
    await signIn(staff, staffAccount.username, newPassword);

    // File the request at the counter.
    await staff.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '服务申请' }).click();
    await expect(staff.getByRole('heading', { name: '服务申请', level: 1 })).toBeVisible();
    await staff.getByRole('link', { name: '代村民填报' }).click();
    await expect(staff.getByText('村：新建村')).toBeVisible();
    await staff.getByRole('button', { name: /事项/ }).click();
    await staff.getByRole('option', { name: '求助申请（求助服务站）' }).click();
    await staff.getByLabel('村民姓名').fill(villager);
    await staff.getByLabel('联系电话').fill('+86 139 0000 1234');
    await staff.getByRole('button', { name: /求助类别/ }).click();
    await staff.getByRole('option', { name: '法律咨询' }).click();
    await staff.getByLabel('求助事项').fill('邻居占用宅基地，想咨询如何处理');
    await staff.getByRole('radiogroup', { name: '是否紧急' }).getByText('否', { exact: true }).click();
    await staff.getByRole('button', { name: '提交', exact: true }).click();
    await expect(staff).toHaveURL(/\/service-requests\/[0-9a-f-]{36}$/);
    await expect(staff.getByRole('heading', { level: 1 })).toContainText(`求助申请 · ${villager}`);
    await expect(staff.getByRole('heading', { level: 1 })).toContainText('已提交');
    const number =
      (
        await staff
          .getByText(/^[0-9A-F]{8}$/)
          .first()
          .textContent()
      )?.trim() ?? '';
    expect(number).toMatch(/^[0-9A-F]{8}$/);

    // It is in the list, submitted.
    await staff.getByRole('link', { name: '返回服务申请' }).click();
    const list = staff.getByRole('table', { name: '服务申请列表' });
    const row = list.getByRole('row').filter({ hasText: villager });
    await expect(row).toContainText('已提交');
    await expect(row).toContainText('13900001234');
    await expect(row).toContainText('求助申请');

    // Accept it, then resolve it; each step lands in the history.
    await row.getByRole('link', { name: number }).click();
    await staff.getByRole('button', { name: '受理', exact: true }).click();
    await expect(staff.getByRole('heading', { level: 1 })).toContainText('已受理');
    await expect(staff.getByRole('region', { name: '办理记录' })).toContainText('已提交 → 已受理');
    await staff.getByLabel('办理说明（可选）').fill('已联系司法所律师解答');
    await staff.getByRole('button', { name: '办结', exact: true }).click();
    await expect(staff.getByRole('heading', { level: 1 })).toContainText('已办结');
    const history = staff.getByRole('region', { name: '办理记录' });
    await expect(history).toContainText('已受理 → 已办结');
    await expect(history).toContainText('已联系司法所律师解答');

    await staff.getByRole('link', { name: '返回服务申请' }).click();
    await expect(list.getByRole('row').filter({ hasText: villager })).toContainText('已办结');

    // Download the ledger and check its rows.
    await staff.getByRole('button', { name: '导出台账' }).click();
    const dialog = staff.getByRole('dialog', { name: '导出服务台账' });
    await expect(dialog).toContainText('新建村');
    const [csv] = await Promise.all([
      staff.waitForEvent('download'),
      dialog.getByRole('link', { name: '下载 CSV' }).click(),
    ]);
    const bytes = await readFile(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    const header = rows[0] ?? [];
    expect(header.slice(0, 7)).toEqual([
      '受理编号',
      '村',
      '事项（表单）',
      '表单版本',
      '村民姓名',
      '联系电话',
      '状态',
    ]);
    const mine = rows.filter((line) => line[header.indexOf('村民姓名')] === villager);
    expect(mine).toHaveLength(1);
    const cell = (name: string) => mine[0]?.[header.indexOf(name)];
    expect(cell('受理编号')).toBe(number);
    expect(cell('村')).toBe('新建村');
    expect(cell('事项（表单）')).toBe('求助申请');
    expect(cell('联系电话')).toBe('13900001234');
    expect(cell('状态')).toBe('已办结');
    expect(cell('承办站点')).toBe('求助服务站');
    expect(cell('代办人')).toBe(`新建村站员${suffix}`);
    expect(cell('填报内容')).toContain('求助类别：法律咨询');
    expect(cell('填报内容')).toContain('求助事项：邻居占用宅基地，想咨询如何处理');

    const [xlsx] = await Promise.all([
      staff.waitForEvent('download'),
      dialog.getByRole('link', { name: '下载 Excel（.xlsx）' }).click(),
    ]);
    const workbook = await readFile(await xlsx.path());
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  } finally {
    await context.close();
    await page.request.post(`/api/users/${staffAccount.userId}/disable`, { data: {} });
  }
});
