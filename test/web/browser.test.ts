/**
 * The web reader in headless Chromium, as a person uses it: follow a
 * citation from a search to its paragraph (in view, and highlighted), use the
 * filters and sorting on /national, and check each page kind with axe-core
 * for serious or critical accessibility violations. A screenshot of each page
 * kind is written to test-output/screenshots for review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM, hasChromium, launchBrowser, screenshot, type Browser } from './support/browser.ts';
import { startTestWeb, type TestWeb } from './support/web-server.ts';

/** The page's getComputedStyle (the project's TypeScript has no DOM library). */
type Styled = { getComputedStyle(e: unknown): { backgroundColor: string; borderLeftColor: string } };

if (!hasChromium) {
  process.stderr.write(`test/web/browser.test.ts: skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it).\n`);
}

describe.skipIf(!hasChromium)('the web reader in Chromium', () => {
  let h: TestWeb;
  let browser: Browser;
  beforeAll(async () => {
    [h, browser] = await Promise.all([startTestWeb({ rateLimit: { burst: 1000, perSecond: 1000 } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('follows a citation from a search to its paragraph, in view and highlighted', async () => {
    const page = browser.page;
    await page.goto(`${h.base}/`);
    await page.getByLabel('Search the reports').fill('LADO Bury');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=LADO\+Bury/);
    await screenshot(page, 'search');
    await page.getByRole('link', { name: 'Bury 2025 ILACS, ¶6', exact: true }).click();
    await page.waitForURL(/\/reports\/bury-2025#p6$/);
    const paragraph = page.locator('#p6');
    await expect.poll(() => paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = await paragraph.boundingBox();
    const viewport = page.viewportSize();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewport!.height);
    // Highlighted by a tint and a bar, and said in words.
    expect(await paragraph.evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).backgroundColor)).toBe('rgb(255, 247, 191)');
    expect(await paragraph.evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).borderLeftColor)).toBe('rgb(11, 12, 12)');
    expect(await page.locator('#p6 .app-paragraph__here').isVisible()).toBe(true);
    expect(await page.locator('#p7 .app-paragraph__here').isVisible()).toBe(false);
    expect(await paragraph.innerText()).toContain('When allegations are made against professionals');
    await screenshot(page, 'report');
  });

  it('filters and sorts the national picture', async () => {
    const page = browser.page;
    await page.goto(`${h.base}/national`);
    await page.getByLabel('As at', { exact: true }).fill('2020-03-31');
    await page.getByLabel('Region', { exact: true }).selectOption('London');
    await page.getByLabel('Grade', { exact: true }).selectOption('good');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/asAt=2020-03-31/);
    expect(page.url()).toContain('region=London');
    const rows = page.locator('#grades-table tbody tr');
    const count = await rows.count();
    const expected = h.corpus.reader().national({ asAt: '2020-03-31', region: 'London' }).rows.filter((r) => r.grades.overall?.grade === 'good');
    expect(count).toBe(expected.length);
    expect(await rows.first().innerText()).toContain('London');
    await page.getByRole('link', { name: /^Authority/ }).click();
    await page.waitForURL(/sort=authority&dir=desc/);
    expect(await page.locator('#grades-table th[aria-sort="descending"]').innerText()).toContain('Authority');
    const names = await page.locator('#grades-table tbody th').allInnerTexts();
    expect(names).toEqual([...expected.map((r) => r.authority)].sort((a, b) => b.localeCompare(a)));
    // The filters are kept: still London, still 2020.
    expect(page.url()).toContain('region=London');
    await screenshot(page, 'national-filtered');
  });

  const pages: Array<[string, string]> = [
    ['home', '/'],
    ['report', '/reports/bury-2025#p6'],
    ['search', '/search?q=LADO+Bury'],
    ['search-grades', `/search?q=${encodeURIComponent('how many London authorities were inadequate as at 31 March 2020')}`],
    ['authority', '/authorities/bury'],
    // One region keeps axe quick: the same page, filters, table and chart, with a dozen rows rather than 150.
    ['national', '/national?region=North+East'],
    ['not-found', '/reports/bury-2026'],
  ];
  it('has no serious or critical accessibility violations on any page kind', async () => {
    const page = browser.page;
    const found: Record<string, unknown> = {};
    for (const [name, path] of pages) {
      await page.goto(`${h.base}${path}`);
      const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (violations.length > 0) found[name] = violations;
      if (name !== 'report' && name !== 'search') await screenshot(page, name);
    }
    expect(found).toEqual({});
  });

  it('works by keyboard: the skip link is the first stop and leads to the content', async () => {
    const page = browser.page;
    await page.goto(`${h.base}/authorities/bury`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main-content$/);
  });
});
