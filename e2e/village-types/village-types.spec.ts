import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../accounts/sign-in';
import { keepScreenshot } from '../page-checks';
import { fictionalIdNumber } from '../party/fictional-id-number';
import { fileForVillager, stationStaffOf } from './station-staff';

/** From the request just filed, back to the list narrowed to one station: the request is there. */
async function expectAtStation(page: Page, input: { station: string; villager: string; form: string }) {
  await page.getByRole('link', { name: '返回服务申请' }).click();
  await page.getByRole('button', { name: /承办站点/ }).click();
  await page.getByRole('option', { name: input.station, exact: true }).click();
  await expect(page).toHaveURL(/[?&]station=/);
  const row = page
    .getByRole('table', { name: '服务申请列表' })
    .getByRole('row')
    .filter({ hasText: input.villager });
  await expect(row).toContainText(input.form);
  await expect(row).toContainText(input.station);
  await expect(row).toContainText('已提交');
}

test('新建村 (工业型): station staff file a villager’s social insurance payment, and it is at the 社保局 point', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page);
  const staff = await stationStaffOf(browser, page.request, {
    code: '361003100209',
    name: '新建村',
    prefix: 'xinjian',
  });
  try {
    const villager = `社保${Date.now().toString(36)}`;
    const year = String(new Date().getFullYear());
    await fileForVillager(staff.page, { village: '新建村', form: '社保缴费（县社保局服务点）' });
    const form = staff.page;
    await form.getByLabel('村民姓名').fill(villager);
    await form.getByLabel('联系电话').fill('13900002345');
    await form.getByLabel('身份证号码').fill(fictionalIdNumber('1975-04-18', 213));
    // Four options or fewer are radio buttons.
    await form.getByRole('radiogroup', { name: '险种' }).getByText('城乡居民基本养老保险').click();
    await form.getByRole('radiogroup', { name: '缴费档次' }).getByText('500 元档').click();
    await form.getByLabel('缴费年度').fill(year);
    await form.getByRole('radiogroup', { name: '是否首次参保' }).getByText('是', { exact: true }).click();
    await form.getByRole('button', { name: '提交', exact: true }).click();
    await expect(form).toHaveURL(/\/service-requests\/[0-9a-f-]{36}$/);
    await expect(form.getByRole('heading', { level: 1 })).toContainText(`社保缴费 · ${villager}`);
    await expect(form.getByRole('main')).toContainText('县社保局服务点');

    await expectAtStation(form, { station: '县社保局服务点', villager, form: '社保缴费' });
    await keepScreenshot(form, testInfo, 'xinjian-social-insurance');
  } finally {
    await staff.close();
  }
});

test('潭江村 (产业型): a farmer’s request for technical help lands with the 蚕桑协会', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page);
  const staff = await stationStaffOf(browser, page.request, {
    code: '361003107207',
    name: '潭江村',
    prefix: 'tanjiang',
  });
  try {
    const farmer = `蚕农${Date.now().toString(36)}`;
    await fileForVillager(staff.page, { village: '潭江村', form: '向蚕桑协会技术求助（蚕桑协会）' });
    const form = staff.page;
    await form.getByLabel('村民姓名').fill(farmer);
    await form.getByLabel('联系电话').fill('13900003456');
    await form.getByLabel('求助事项').fill('五龄蚕发病，体色发黄');
    await form
      .getByLabel('问题描述')
      .fill('昨天起有三成五龄蚕不吃叶、体色发黄，怀疑是脓病，请协会指导消毒和隔离。');
    await form.getByRole('radiogroup', { name: '紧急程度' }).getByText('紧急（已有损失）').click();
    await form.getByRole('radiogroup', { name: '是否需要上门' }).getByText('是', { exact: true }).click();
    await form.getByRole('button', { name: '提交', exact: true }).click();
    await expect(form).toHaveURL(/\/service-requests\/[0-9a-f-]{36}$/);
    await expect(form.getByRole('heading', { level: 1 })).toContainText(`向蚕桑协会技术求助 · ${farmer}`);
    await expect(form.getByRole('main')).toContainText('蚕桑协会');

    await expectAtStation(form, { station: '蚕桑协会', villager: farmer, form: '向蚕桑协会技术求助' });
    await keepScreenshot(form, testInfo, 'tanjiang-sericulture-help');
  } finally {
    await staff.close();
  }
});

test('上杨村 (城郊型): a volunteer’s hours are recorded and show per volunteer and per month', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page);
  const staff = await stationStaffOf(browser, page.request, {
    code: '361003201201',
    name: '上杨村',
    prefix: 'shangyang',
  });
  try {
    const volunteer = `志愿者${Date.now().toString(36)}`;
    const view = staff.page;
    await view
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '志愿者协会', exact: true })
      .click();
    await expect(view.getByRole('heading', { name: '村落社区志愿者协会', level: 1 })).toBeVisible();
    const report = view.getByRole('table');
    // The demo's volunteers are there already.
    await expect(view.getByRole('listitem').filter({ hasText: '杨春华' })).toBeVisible();

    const addForm = view.locator('form').filter({ has: view.getByRole('heading', { name: '登记志愿者' }) });
    await addForm.getByLabel('姓名').fill(volunteer);
    await addForm.getByLabel('特长').fill('陪老人聊天、代购药品');
    await addForm.getByRole('button', { name: '登记志愿者' }).click();
    await expect(view.getByRole('listitem').filter({ hasText: volunteer })).toBeVisible();

    // The month column is the browser's month, as the form's default date is the browser's day.
    const month = await view.evaluate(() => new Date().toLocaleDateString('en-CA').slice(0, 7));
    const headers = () => report.locator('thead th').allTextContents();
    const totals = report.getByRole('row').last();
    const monthTotalBefore = await (async () => {
      const index = (await headers()).indexOf(month);
      return index < 0 ? 0 : Number(await totals.locator('th').nth(index).textContent());
    })();

    const recordForm = view
      .locator('form')
      .filter({ has: view.getByRole('heading', { name: '登记志愿服务' }) });
    await recordForm.getByLabel('服务类别').selectOption({ label: '助老助残' });
    await recordForm.getByLabel('服务内容').fill('为五组独居老人代购药品、打扫卫生');
    await recordForm.getByLabel(volunteer, { exact: true }).fill('2.5');
    await recordForm.getByRole('button', { name: '登记志愿服务' }).click();

    const row = report.getByRole('row').filter({ hasText: volunteer });
    await expect(row).toBeVisible();
    const index = (await headers()).indexOf(month);
    expect(index).toBeGreaterThan(0);
    // Per volunteer: the month's cell and the year's total; per month: the month's total grew by 2.5.
    await expect(row.getByRole('cell').nth(index)).toHaveText('2.5');
    await expect(row.getByRole('cell').nth((await headers()).indexOf('合计'))).toHaveText('2.5');
    await expect(totals.locator('th').nth(index)).toHaveText(String(monthTotalBefore + 2.5));
    await keepScreenshot(view, testInfo, 'shangyang-volunteer-hours');
  } finally {
    await staff.close();
  }
});

test('陈桥村 (集镇型): an agency request goes to the county town and comes back to the villager', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page);
  const staff = await stationStaffOf(browser, page.request, {
    code: '361003202208',
    name: '陈桥村',
    prefix: 'chenqiao',
  });
  try {
    const villager = `代办${Date.now().toString(36)}`;
    await fileForVillager(staff.page, { village: '陈桥村', form: '代办申请（便民服务点）' });
    const view = staff.page;
    await view.getByLabel('村民姓名').fill(villager);
    await view.getByLabel('联系电话').fill('13900004567');
    await view.getByRole('button', { name: /代办事项/ }).click();
    await view.getByRole('option', { name: '户籍和身份证' }).click();
    await view.getByLabel('具体要求').fill('换领到期的第二代身份证');
    await view.getByLabel('交来的材料').fill('旧身份证、户口本');
    await view.getByRole('radiogroup', { name: '是否留存原件' }).getByText('是', { exact: true }).click();
    await view.getByRole('button', { name: '提交', exact: true }).click();
    await expect(view).toHaveURL(/\/service-requests\/[0-9a-f-]{36}$/);
    await expect(view.getByRole('heading', { level: 1 })).toContainText(`代办申请 · ${villager}`);
    const requestUrl = view.url();

    // The convenience point's page: received, sent to the county office, result back, returned.
    await view
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '便民服务点代办', exact: true })
      .click();
    await expect(view.getByRole('heading', { name: '便民服务点代办', level: 1 })).toBeVisible();
    const trip = view.getByRole('article').filter({ has: view.getByRole('heading', { name: villager }) });
    await expect(trip.getByRole('heading', { name: villager })).toContainText('已收件');

    await trip.getByLabel('县直部门').fill('东乡区公安分局户政大厅');
    await trip.getByLabel('送交材料').fill('旧身份证、户口本、照片回执');
    await trip.getByRole('button', { name: '送县直部门' }).click();
    await expect(trip.getByRole('heading', { name: villager })).toContainText('已送县直部门');
    await expect(trip).toContainText('东乡区公安分局户政大厅');

    await trip.getByLabel('办理结果').fill('新身份证已制发，连同旧证一并带回');
    await trip.getByRole('button', { name: '结果带回' }).click();
    await expect(trip.getByRole('heading', { name: villager })).toContainText('结果已带回');
    await expect(trip).toContainText('新身份证已制发');

    await trip.getByLabel('交还说明').fill('本人签收新身份证');
    await trip.getByRole('button', { name: '交还村民' }).click();
    await expect(trip.getByRole('heading', { name: villager })).toContainText('已交还村民');
    await expect(trip.getByRole('button', { name: '交还村民' })).toHaveCount(0);
    await keepScreenshot(view, testInfo, 'chenqiao-agency-request');

    // The service request went along with the trip: accepted and in progress when sent, resolved when returned.
    await view.goto(requestUrl);
    await expect(view.getByRole('heading', { level: 1 })).toContainText('已办结');
    await expect(view.getByRole('region', { name: '办理记录' })).toContainText('办理中 → 已办结');
  } finally {
    await staff.close();
  }
});
