import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../accounts/sign-in';
import { horizontalOverflow, keepScreenshot } from '../page-checks';

interface Summary {
  villageCount: number;
  villagesByType: Record<string, number>;
  township: { code: string; name: string } | null;
}

/** What the API answers the signed-in page for the dashboard (with the page's own session). */
async function summaryOf(page: Page, query = ''): Promise<Summary> {
  const res = await page.request.get(`/api/dashboard/summary${query}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Summary;
}

/** The figures of a chart card's table, by each row's key: `{ industrial: 1, none: 175, ... }`. */
async function tableFigures(page: Page, chart: string): Promise<Record<string, number>> {
  const rows = page.locator(`[data-chart="${chart}"] table tbody tr`);
  const pairs = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-key') ?? '', Number(tr.lastElementChild?.textContent)]),
  );
  return Object.fromEntries(pairs);
}

test('the demo admin reads villages by type as a table equal to the API, drills into 孝岗镇 and opens 新建村', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '看板' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { name: '县域看板', level: 1 })).toBeVisible();

  // The chart (drawn by the lazily loaded ECharts chunk) names its figures for screen readers.
  const byType = page.getByRole('region', { name: '村庄类型' });
  await expect(byType.getByRole('img', { name: /^村庄类型：工业型 \d+，/ })).toBeVisible();
  await expect(byType.locator('svg')).toBeVisible();

  // 查看数据表 shows the same figures as a table, equal to what the API answers.
  const county = await summaryOf(page);
  const toggle = byType.getByRole('button', { name: '查看数据表' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const table = byType.getByRole('table', { name: '村庄类型' });
  await expect(table.getByRole('columnheader', { name: '村数' })).toBeVisible();
  await expect(table.getByRole('row', { name: /工业型 \d+/ })).toBeVisible();
  expect(await tableFigures(page, 'villages-by-type')).toEqual(county.villagesByType);
  await expect(byType.locator('svg')).toHaveCount(0);
  await toggle.click();
  await expect(byType.locator('svg')).toBeVisible();

  // Drill into a township from its row in the table of villages by township; the URL keeps the choice.
  const byTownship = page.getByRole('region', { name: '各乡镇村庄数' });
  await byTownship.getByRole('button', { name: '查看数据表' }).click();
  await byTownship.getByRole('link', { name: '孝岗镇' }).click();
  await expect(page).toHaveURL(/\/dashboard\?townshipCode=361003100$/);
  await expect(page.getByRole('heading', { name: '县域看板 · 孝岗镇', level: 1 })).toBeVisible();
  const xiaogang = await summaryOf(page, '?townshipCode=361003100');
  expect(xiaogang.township?.name).toBe('孝岗镇');
  const stats = page.getByRole('definition').filter({ hasText: /^\d+$/ }).first();
  await expect(stats).toHaveText(String(xiaogang.villageCount));
  await byType.getByRole('button', { name: '查看数据表' }).click();
  expect(await tableFigures(page, 'villages-by-type')).toEqual(xiaogang.villagesByType);
  await keepScreenshot(page, testInfo, 'dashboard-township');

  // Its villages link to their pages.
  await page.getByRole('region', { name: '孝岗镇的村' }).getByRole('link', { name: '新建村' }).click();
  await expect(page.getByRole('heading', { name: /新建村/, level: 1 })).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: '返回全县' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('region', { name: '各乡镇村庄数' })).toBeVisible();
});

test('the dashboard fits a phone: cards stack, charts follow the width, tables scroll inside their card', async ({
  page,
}, testInfo) => {
  // Drawn on a wide screen first, so the charts must follow their boxes down to the phone's width.
  await signIn(page);
  await page.goto('/dashboard');
  const byTownship = page.getByRole('region', { name: '各乡镇村庄数' });
  await expect(byTownship.locator('svg')).toBeVisible();
  await page.setViewportSize({ width: 375, height: 812 });
  await page.waitForLoadState('networkidle');
  expect(await horizontalOverflow(page)).toBe(0);

  // Every chart is redrawn inside its card's width, the cards one under another.
  const charts = page.locator('.echart__canvas svg');
  expect(await charts.count()).toBeGreaterThanOrEqual(6);
  for (const chart of await charts.all()) {
    await expect
      .poll(async () => (await chart.boundingBox())?.width ?? 999)
      .toBeLessThanOrEqual(375 - 2 * 16);
    const box = await chart.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
  }
  const [first, second] = await page.locator('[data-chart]').all();
  expect((await second?.boundingBox())?.y).toBeGreaterThan(
    ((await first?.boundingBox())?.y ?? 0) + ((await first?.boundingBox())?.height ?? 0),
  );

  // The ranking's five-column table scrolls within its card, not the page.
  const ranking = page.getByRole('region', { name: '“五个好”评比排名' });
  await ranking.getByRole('button', { name: '查看数据表' }).click();
  await expect(ranking.getByRole('table')).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  await keepScreenshot(page, testInfo, 'dashboard-phone');
});
