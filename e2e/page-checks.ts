import type { Page, TestInfo } from '@playwright/test';

/**
 * Saves a full-page screenshot as the test's artefact (`<name>.png` in its output folder, attached to the
 * report), taken from the top so a sticky header stays where it belongs.
 */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** How many CSS pixels the page is wider than the window (0 or less when nothing overflows sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
}
