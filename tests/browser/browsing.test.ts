/**
 * Reading a letter and browsing, in Chromium against the built site: the
 * letter's text comes first (compact facts, a contents list whose judgement
 * counts link to the findings, details and citation after the text); a
 * council report keeps its numbered section headings; document tables fit
 * 1280 px and, on a phone, scroll in a region with the first column held and
 * a visible cue; /authorities/ lists authorities with documents first and a
 * find-your-council box over all 152 (a plain list without JavaScript); /years/
 * lists every year of the programme; "Report a correction" names the
 * repository. Needs `npm run build` first (npm test does it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_ISSUE_URL } from '../../src/lib/site/repository.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { loadDocuments } from '../helpers/content.ts';
import { DIST } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const TABLE_PAGES = ['/letters/', '/letters/by-authority/', '/years/2011/'];
/** Pages whose tables must fit at 1280 px (the picture's grid scrolls both ways on a phone, in its own region). */
const WIDE_PAGES = [...TABLE_PAGES, '/picture/'];
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

async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: width < 500 ? 844 : 900 },
    javaScriptEnabled,
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

describe('a letter page', () => {
  const doc = loadDocuments().find((d) => d.slug === 'rutland-2011-05')!;

  it('starts its text on the first screen, with a contents list of judgement counts linking to the findings, and the citation after the text', async () => {
    const page = await open(`/letters/${doc.slug}/`, 1280);
    const text = (await page.locator('#document-text').boundingBox())!;
    expect(text.y).toBeLessThan(900);
    const links = await page.locator('.doc-contents li').evaluateAll((lis) =>
      lis.flatMap((li) => {
        const a = li.querySelector('a[href^="#"]');
        const n = li.querySelector('.doc-contents__count');
        return a && n && a.querySelector('.badge')
          ? [[a.getAttribute('href')!.slice(1), Number(n.textContent)] as const]
          : [];
      }),
    );
    const byJudgement = new Map<string, number>();
    for (const f of doc.findings)
      byJudgement.set(f.judgement, (byJudgement.get(f.judgement) ?? 0) + 1);
    expect(links.map(([, n]) => n).reduce((a, b) => a + b, 0)).toBe(doc.findings.length);
    for (const [id, n] of links) {
      const finding = doc.findings.find((f) => f.id === id)!;
      expect(n).toBe(byJudgement.get(finding.judgement));
      expect(await page.locator(`li.finding[id="${id}"]`).count()).toBe(1);
    }
    const order = await page.evaluate(() =>
      ['#document-text', '#about-document', 'section.cite-this'].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().top,
      ),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await page.context().close();
  });

  it('a council report keeps its numbered sections as headings, its numbered paragraphs as text', async () => {
    const page = await open('/letters/leeds-2011-01-council-report/', 1280);
    const headings = await page.locator('.document-text h3').allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining(['1.0 Purpose of this Report', '2.0 Background', '3.0 Main Issues']),
    );
    expect(headings.filter((h) => /^\d+\.[1-9]/.test(h))).toEqual([]);
    await page.context().close();
  });
});

describe('document tables', () => {
  it.each(WIDE_PAGES)('%s fits at 1280 px: no table is cut off', async (path) => {
    const page = await open(path, 1280);
    const cut = await page
      .locator('.scroll-region')
      .evaluateAll((regions) => regions.filter((r) => r.scrollWidth > r.clientWidth + 1).length);
    expect(cut).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
    await page.context().close();
  });

  it.each(TABLE_PAGES)(
    '%s at 390 px scrolls inside its region, first column held, with a visible cue',
    async (path) => {
      const page = await open(path, 390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      const regions = page.locator('.scroll-region');
      expect(await regions.count()).toBeGreaterThan(0);
      for (const region of await regions.all()) {
        if (!(await region.evaluate((r) => r.scrollWidth > r.clientWidth + 1))) continue;
        expect(
          await region.evaluate((r) => getComputedStyle(r.querySelector('tbody th')!).position),
        ).toBe('sticky');
        expect(
          await region.evaluate(
            (r) =>
              r.nextElementSibling?.classList.contains('scroll-hint') &&
              getComputedStyle(r.nextElementSibling).display !== 'none',
          ),
        ).toBe(true);
        // Scrolled to the end, the first column is still in view.
        await region.evaluate((r) => r.scrollTo({ left: r.scrollWidth }));
        const first = (await region.locator('tbody th').first().boundingBox())!;
        expect(first.x).toBeGreaterThanOrEqual(0);
        expect(first.x).toBeLessThan(60);
      }
      await page.context().close();
    },
  );
});

describe('browsing', () => {
  it('/authorities/ without JavaScript: authorities with documents first, then all 152 as a plain list', async () => {
    const page = await open('/authorities/', 1280, false);
    const withDocs = await page.locator('.authority-list--documents li').count();
    expect(withDocs).toBe(new Set(loadDocuments().map((d) => d.authority.slug)).size);
    expect(await page.locator('li[data-name]').count()).toBe(152);
    expect(await page.getByLabel('Find your council').isVisible()).toBe(false);
    const [docs, all] = await page.evaluate(() =>
      ['with-documents', 'all-authorities'].map(
        (id) => document.getElementById(id)!.getBoundingClientRect().top,
      ),
    );
    expect(docs!).toBeLessThan(all!);
    await page.context().close();
  });

  it('/authorities/ with JavaScript: the find-your-council box narrows the list as you type', async () => {
    const page = await open('/authorities/', 390);
    await page.getByLabel('Find your council').fill('leic');
    await expect
      .poll(() => page.locator('li[data-name]:visible').allTextContents())
      .toEqual([expect.stringMatching(/^Leicester\b/), expect.stringMatching(/^Leicestershire\b/)]);
    expect(await page.getByRole('status').textContent()).toBe('2 authorities match.');
    await page.getByLabel('Find your council').fill('');
    await expect.poll(() => page.locator('li[data-name]:visible').count()).toBe(152);
    await page.context().close();
  });

  it('/years/ lists every year of the programme, 2009–2012, each with a page', async () => {
    const page = await open('/years/', 1280);
    const years = await page.locator('main ul a').allTextContents();
    expect(years).toEqual(['2009', '2010', '2011', '2012']);
    for (const year of years)
      expect(existsSync(join(DIST, 'years', year, 'index.html')), year).toBe(true);
    await page.context().close();
  });

  it('"Report a correction" opens an issue in the repository, from the footer and from /about/', async () => {
    const page = await open('/about/', 1280);
    expect(
      await page
        .locator('footer')
        .getByRole('link', { name: 'Report a correction' })
        .getAttribute('href'),
    ).toBe(NEW_ISSUE_URL);
    expect(await page.locator('#corrections + p a').first().getAttribute('href')).toBe(
      NEW_ISSUE_URL,
    );
    await page.context().close();
  });
});
