/**
 * The reading pages in a real browser (Debian Chromium, built site served on
 * 127.0.0.1): nothing scrolls sideways at 320 px (and 640 px, i.e. 1280 px at 200% zoom),
 * no request leaves the machine, no console error, the skip link works from
 * the keyboard, and every finding shows its judgement as text.
 * Needs `npm run build` first (npm test does it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchedPage } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const PAGES = [
  '/',
  '/letters/',
  '/letters/by-authority/',
  '/letters/leicester-2009-08/',
  '/letters/leeds-2011-01-council-report/',
  '/authorities/',
  '/authorities/leeds/',
  '/findings/leicester-2009-08-d3/',
  '/findings/leeds-2011-01-cr-s1/',
  '/themes/',
  '/themes/supervision/',
  '/picture/',
  '/years/',
  '/years/2011/',
  '/about/',
  '/about/themes/',
  '/accessibility/',
  '/404.html',
];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  server = await serveStatic(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// axe (WCAG 2.2 A/AA, light and dark) runs over one page of every type in tests/quality/accessibility.test.ts.
describe('no request leaves the machine, no console error', () => {
  it('on every reading page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const watch = await watchedPage(context);
    for (const path of PAGES) await watch.page.goto(server.origin + path);
    await context.close();
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe('small screens and zoom', () => {
  it.each([320, 640])('nothing scrolls sideways at %i px wide', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(server.origin + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});

describe('keyboard and judgements', () => {
  it('the first Tab shows the skip link, which moves focus to main', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/letters/leicester-2009-08/`);
    // A page opened in a loaded browser can take a moment to get the window's focus; a Tab sent
    // before that moves nothing, which is not what a reader's first Tab does.
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
  it('every finding on a letter page shows its judgement as visible text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/letters/leicester-2009-08/`);
    const labels = await page.locator('li.finding .badge__label').allInnerTexts();
    expect(labels.length).toBe(await page.locator('li.finding').count());
    expect(
      labels.every((l) =>
        /^(Area for priority action|Area for development|Strength|Meets requirements)/.test(l),
      ),
    ).toBe(true);
    await context.close();
  });
});
