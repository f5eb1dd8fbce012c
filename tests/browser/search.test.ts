/**
 * Search in a real browser (issue 4), against the built site served on
 * 127.0.0.1: results, filters and counts, URL state, highlighting, no console
 * errors, no request leaving the machine. Needs `npm run build` first (npm test does it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchedPage, type PageWatch } from '../helpers/browser.ts';
import { ROOT } from '../helpers/seeds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { loadFindings } from '../helpers/content.ts';

const DIST = join(ROOT, 'dist');
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const watches: PageWatch[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'pagefind/pagefind.js'))) throw new Error('dist/ has no search index: run `npm run build` first (npm test does)');
  server = await serveStatic(DIST);
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<PageWatch> {
  const watch = await watchedPage(context);
  watches.push(watch);
  await watch.page.goto(`${server.origin}${path}`);
  return watch;
}

async function resultsFor(watch: PageWatch): Promise<{ titles: string[]; summary: string }> {
  const { page } = watch;
  await page.locator('[data-summary]').filter({ hasText: /\d+ results?/ }).waitFor();
  return { titles: await page.locator('[data-results] li h3').allTextContents(), summary: (await page.locator('[data-summary]').textContent()) ?? '' };
}

async function count(watch: PageWatch, filter: string, value: string): Promise<number> {
  const text = await watch.page.locator(`.count[data-filter="${filter}"][data-value="${value}"]`).textContent();
  return Number(/\((\d+)\)/.exec(text ?? '')?.[1]);
}

describe('search page', () => {
  it('finds chronology findings from City of London and Rutland, and opens one on its finding page', async () => {
    const watch = await open('/search/');
    await watch.page.getByLabel('Words or a "quoted phrase"').fill('chronology');
    const { titles } = await resultsFor(watch);
    expect(titles.some((t) => t.includes('City of London'))).toBe(true);
    expect(titles.some((t) => t.includes('Rutland'))).toBe(true);
    expect(watch.page.url()).toContain('/search/?q=chronology');
    const first = watch.page.locator('[data-results] li h3 a').filter({ hasText: 'Rutland' }).first();
    const href = (await first.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/findings\/rutland-2011-05-[a-z]\d+\/#:~:text=chronologies$/i); // the word as written on the page, so the browser can highlight it
    await first.click();
    await watch.page.waitForURL(/\/findings\/rutland-2011-05-/);
    await expect.poll(() => watch.page.locator('main blockquote.finding-quote').textContent()).toMatch(/chronologies/);
  });

  it('filters supervision findings by judgement: results and counts follow the content', async () => {
    const findings = loadFindings().filter((f) => /\bsupervis(ion|ions|ed|e|ing)?\b/i.test(f.text));
    const expected = (judgement: string) => findings.filter((f) => f.judgement === judgement).length;
    const meets = await open('/search/?q=supervision&judgement=meets-requirements');
    const a = await resultsFor(meets);
    const dev = await open('/search/?q=supervision&judgement=area-for-development');
    const b = await resultsFor(dev);
    expect(a.titles.length).toBe(expected('meets-requirements'));
    expect(b.titles.length).toBe(expected('area-for-development'));
    expect(a.titles).not.toEqual(b.titles);
    expect(a.titles.every((t) => /Meets requirements/.test(t))).toBe(true);
    expect(b.titles.every((t) => /Area for development/.test(t))).toBe(true);
    expect(await count(meets, 'judgement', 'meets-requirements')).toBe(expected('meets-requirements'));
    expect(await count(meets, 'judgement', 'area-for-development')).toBe(expected('area-for-development'));
  });

  it('restores the query and a filter from the URL', async () => {
    const watch = await open('/search/?q=caseloads&authority=Rutland');
    const { titles, summary } = await resultsFor(watch);
    expect(await watch.page.getByLabel('Words or a "quoted phrase"').inputValue()).toBe('caseloads');
    expect(await watch.page.getByRole('checkbox', { name: /^Rutland/ }).isChecked()).toBe(true);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.includes('Rutland'))).toBe(true);
    expect(summary).toMatch(/caseloads.*authority: Rutland/);
  });

  it('matches a quoted phrase exactly', async () => {
    const exact = await resultsFor(await open('/search/?q=%22strategy+discussions%22'));
    expect(exact.titles).toHaveLength(loadFindings().filter((f) => /strategy discussions/i.test(f.text)).length);
  });

  it('made no console errors and no request left 127.0.0.1', () => {
    expect(watches.flatMap((w) => w.consoleErrors)).toEqual([]);
    expect(watches.flatMap((w) => w.foreignRequests)).toEqual([]);
  });
});
