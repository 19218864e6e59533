import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../accounts/sign-in';

const reason = '潭江村有两家电子厂，附近务工人员多，经县委组织部同意试点县直单位服务点';
const hours = '周一至周六 8:00-18:00';

async function openTanjiang(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '村庄' }).click();
  await page.getByLabel('搜索村庄').fill('潭江');
  await page.getByRole('table', { name: '村庄列表' }).getByRole('link', { name: '潭江村' }).click();
  await expect(page.getByRole('heading', { name: /潭江村/, level: 1 })).toBeVisible();
}

test('the demo admin enables a plugin of another village type with a reason, sets it up, opens its page and disables it', async ({
  page,
}) => {
  await signIn(page);
  await openTanjiang(page);

  // 潭江村 is 产业型; the industrial model (工业型) needs a written reason there.
  const industrial = page
    .getByRole('list', { name: '本村的插件' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /工业型村落社区/ }) });
  await expect(industrial).toContainText('未启用');
  await expect(industrial).toContainText('非本村类型');

  await industrial.getByRole('button', { name: '启用', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '在潭江村启用“工业型村落社区”' });
  await expect(dialog).toContainText('“工业型村落社区”适用于工业型村，潭江村是产业型村');
  await dialog.getByRole('button', { name: '启用', exact: true }).click();
  await expect(dialog.getByText('请写明启用理由')).toBeVisible();
  await dialog.getByLabel('启用理由').fill(reason);
  await dialog.getByRole('button', { name: '启用', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已启用“工业型村落社区”')).toBeVisible();
  await expect(industrial).toContainText('已启用');
  await expect(industrial).toContainText(`特批理由：${reason}`);

  // Its first setting (the service points' opening hours) comes from the plugin's default until the village sets it.
  await industrial.getByRole('button', { name: '设置', exact: true }).click();
  const settings = industrial.getByRole('region', { name: '设置' });
  const setting = settings.getByRole('group').first();
  await expect(setting).toContainText('来源：默认');
  await setting.getByRole('textbox').fill(hours);
  await expect(setting).toContainText('未保存');
  await settings.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存')).toBeVisible();
  await expect(setting).toContainText('来源：本村');
  await expect(setting).toContainText('上级值：');
  await expect(setting).not.toContainText('未保存');

  // The plugin's page is its own chunk; it shows the village's hours.
  await industrial.getByRole('link', { name: /打开插件页面/ }).click();
  await expect(page).toHaveURL(/\/plugins\/industrial\?village=/);
  await expect(page.getByRole('heading', { name: '县直单位服务点', level: 1 })).toBeVisible();
  await expect(page.getByText(hours).first()).toBeVisible();

  // Clean up: hand the setting back to the default, then disable the plugin (its rows are kept).
  await page.goBack();
  await industrial.getByRole('button', { name: '设置', exact: true }).click();
  await setting.getByRole('button', { name: '沿用上级' }).click();
  await settings.getByRole('button', { name: '保存设置' }).click();
  await expect(setting).toContainText('来源：默认');

  await industrial.getByRole('button', { name: '停用', exact: true }).click();
  const confirmation = page.getByRole('alertdialog', { name: '停用“工业型村落社区”？' });
  await expect(confirmation).toContainText('已有的记录全部保留');
  await confirmation.getByRole('button', { name: '停用', exact: true }).click();
  await expect(page.getByText('已停用“工业型村落社区”')).toBeVisible();
  await expect(industrial).toContainText('未启用');
  await expect(industrial).not.toContainText('特批理由');
});

test('the county plugins page shows what each plugin brings and where it is enabled, and enables one by type', async ({
  page,
}) => {
  await signIn(page);
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '插件', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '插件', level: 1 })).toBeVisible();

  const stations = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /四站两室/ }) });
  await expect(stations).toContainText('适用：所有类型');
  await stations.getByRole('button', { name: /服务站点/ }).click();
  await expect(stations).toContainText('求助服务站');
  await stations.getByRole('button', { name: /已启用的村/ }).click();
  const villages = stations.getByRole('table', { name: '启用“四站两室”的村' });
  await expect(villages.getByRole('link', { name: '潭江村' })).toBeVisible();
  await expect(villages.getByRole('link', { name: '新建村' })).toBeVisible();

  // The demo seed enabled the industrial model on the one industrial village (新建村) already.
  const industrial = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /工业型村落社区/ }) });
  await industrial.getByRole('button', { name: '全部启用' }).click();
  const confirmation = page.getByRole('alertdialog', { name: '在所有工业型村启用“工业型村落社区”？' });
  await confirmation.getByRole('button', { name: '全部启用' }).click();
  await expect(page.getByText('已在 0 个工业型村启用“工业型村落社区”')).toBeVisible();
  await expect(page.getByText('另有 1 个村原已启用。')).toBeVisible();
});

test('the login page loads no plugin code; a plugin page loads its own chunk', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const pluginCode = (paths: string[]) =>
    paths.filter((path) =>
      /\/assets\/(admin|plugin-page|plugins-api|_virtual_cunshe-plugin-admin)-/.test(path),
    );

  await page.goto('/login');
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(pluginCode(scripts)).toEqual([]);

  await signIn(page);
  await page.goto('/plugins/stations');
  await expect(page.getByRole('heading', { name: '四站两室', level: 1 })).toBeVisible();
  expect(scripts.filter((path) => /\/assets\/admin-/.test(path)).length).toBeGreaterThan(0);
});
