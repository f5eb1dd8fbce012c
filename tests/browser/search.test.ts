/**
 * Search in a real browser, against the built site served on
 * 127.0.0.1: results, filters and counts, URL state, highlighting, no console
 * errors, no request leaving the machine. Needs `npm run build` first (npm test does it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchedPage, type PageWatch } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { loadDocuments, loadFindings } from '../helpers/content.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const watches: PageWatch[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'pagefind/pagefind.js')))
    throw new Error('dist/ has no search index: run `npm run build` first (npm test does)');
  server = await serveStatic(DIST);
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path`; `fresh`: in a new browser context, with an empty HTTP cache (for tests of what loads). */
async function open(path: string, { fresh = false } = {}): Promise<PageWatch> {
  const watch = await watchedPage(fresh ? await browser.newContext() : context);
  watches.push(watch);
  await watch.page.goto(`${server.origin}${path}`);
  return watch;
}

/** The first page of results (up to 20; the first few show at once, the rest a moment later), their judgements and ids, and the summary. */
async function resultsFor(watch: PageWatch): Promise<{
  titles: string[];
  judgements: string[];
  ids: string[];
  total: number;
  summary: string;
}> {
  const { page } = watch;
  await page
    .locator('[data-summary]')
    .filter({ hasText: /\d+ findings?/ })
    .waitFor();
  const summary = (await page.locator('[data-summary]').textContent()) ?? '';
  const total = Number(/(\d+) findings?/.exec(summary)![1]);
  await expect.poll(() => page.locator('[data-results] li').count()).toBe(Math.min(20, total));
  const judgements = await page
    .locator('[data-results] > li')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.judgement ?? ''));
  const ids = await page
    .locator('[data-results] li h3 a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').at(-2)!));
  return {
    titles: await page.locator('[data-results] li h3').allTextContents(),
    judgements,
    ids,
    total,
    summary,
  };
}

/** The filter's values in the order shown, with the number beside each (undefined: none shown). */
async function shownValues(
  watch: PageWatch,
  filter: string,
): Promise<[string, number | undefined][]> {
  const rows = await watch.page
    .locator(`details[data-filter="${filter}"] label`)
    .evaluateAll((els) =>
      els.map((el) => [el.querySelector('input')!.value, el.textContent ?? ''] as const),
    );
  return rows.map(([value, label]) => {
    const n = /\((\d+)\)\s*$/.exec(label)?.[1];
    return [value, n === undefined ? undefined : Number(n)];
  });
}
const shownCounts = async (watch: PageWatch, filter: string) =>
  Object.fromEntries(await shownValues(watch, filter));

/** Requests for filter indexes the server answered since `from`. */
const filterRequests = (from: number) =>
  server.sent.slice(from).filter((r) => r.path.includes('/pagefind/filter/'));

const supervisionFindings = () =>
  loadFindings().filter((f) => /\bsupervis(ion|ions|ed|e|ing)?\b/i.test(f.text));
const byJudgement = (findings: { judgement: string }[]) => {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.judgement] = (counts[f.judgement] ?? 0) + 1;
  return counts;
};

describe('search page', () => {
  it('finds chronology findings from City of London and Rutland, and opens one on its finding page', async () => {
    const watch = await open('/search/');
    await watch.page.getByLabel('Words or a "quoted phrase"').fill('chronology');
    const { titles } = await resultsFor(watch);
    expect(titles.some((t) => t.includes('City of London'))).toBe(true);
    expect(titles.some((t) => t.includes('Rutland'))).toBe(true);
    expect(watch.page.url()).toContain('/search/?q=chronology');
    const first = watch.page
      .locator('[data-results] li h3 a')
      .filter({ hasText: 'Rutland' })
      .first();
    const href = (await first.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/findings\/rutland-2011-05-[a-z]\d+\/#:~:text=chronologies$/i); // the word as written on the page, so the browser can highlight it
    await first.click();
    await watch.page.waitForURL(/\/findings\/rutland-2011-05-/);
    await expect
      .poll(() => watch.page.locator('main blockquote.finding-quote').textContent())
      .toMatch(/chronologies/);
  });

  it("lists every filter value with the whole index's totals, and loads no filter index until a filter is opened", async () => {
    const from = server.sent.length;
    const watch = await open('/search/', { fresh: true });
    const documents = loadDocuments();
    const findings = loadFindings();
    // Judgements most serious first, each with its number of findings; an authority counts its findings only (a letter is not a result).
    await watch.page.locator('details[data-filter="judgement"] summary').click();
    const judgements = [
      'priority-action',
      'area-for-development',
      'strength',
      'meets-requirements',
    ].filter((j) => findings.some((f) => f.judgement === j));
    expect(await shownValues(watch, 'judgement')).toEqual(
      judgements.map((j) => [j, byJudgement(findings)[j]]),
    );
    expect(
      await watch.page.getByRole('checkbox', { name: /^Meets requirements \(\d+\)$/ }).count(),
    ).toBe(1);
    const rutland = documents.filter((d) => d.authority.name === 'Rutland');
    expect((await shownCounts(watch, 'authority')).Rutland).toBe(
      rutland.reduce((n, d) => n + d.findings.length, 0),
    );
    expect((await shownValues(watch, 'year')).map(([year]) => year)).toEqual(
      [...new Set(documents.map((d) => d.inspection.start.slice(0, 4)))].sort(),
    );
    // A search with the judgement filter open counts judgements for the words; the closed filters load nothing.
    await watch.page.getByLabel('Words or a "quoted phrase"').fill('supervision');
    await resultsFor(watch);
    await expect
      .poll(() => shownCounts(watch, 'judgement'))
      .toEqual({
        ...Object.fromEntries(Object.keys(byJudgement(findings)).map((j) => [j, 0])),
        ...byJudgement(supervisionFindings()),
      });
    expect(filterRequests(from).length).toBe(1);
  });

  it('lists exactly the values and totals Pagefind has for every filter', async () => {
    const watch = await open('/search/');
    // Pagefind's own list and totals (which load every filter index); a string, so vitest leaves its import() alone.
    const pagefind = await watch.page.evaluate<Record<string, Record<string, number>>>(
      `import('/pagefind/pagefind.js').then(async (pf) => { await pf.init(); return pf.filters(); })`,
    );
    const shown: Record<string, Record<string, number | undefined>> = {};
    for (const filter of await watch.page
      .locator('details[data-filter]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.filter!))) {
      shown[filter] = await shownCounts(watch, filter);
    }
    expect(shown).toEqual(pagefind);
  });

  it('a first search loads no filter index', async () => {
    const from = server.sent.length;
    const watch = await open('/search/?q=chronology', { fresh: true });
    await resultsFor(watch);
    await watch.page.waitForTimeout(300);
    expect(filterRequests(from)).toEqual([]);
  });

  it('filters by keyboard: open a filter, tick a value, and the results and URL follow', async () => {
    const watch = await open('/search/?q=supervision');
    await resultsFor(watch);
    await watch.page.locator('details[data-filter="judgement"] summary').focus();
    await watch.page.keyboard.press('Enter');
    await watch.page.keyboard.press('Tab');
    const [first] = await shownValues(watch, 'judgement');
    const focused = () =>
      watch.page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await expect.poll(focused).toBe(first![0]);
    const label = (await watch.page
      .locator('details[data-filter="judgement"] label')
      .first()
      .textContent())!.replace(/\s*\(\d+\)\s*$/, '');
    await watch.page.keyboard.press('Space');
    await watch.page.waitForURL(new RegExp(`judgement=${first![0]}`));
    await watch.page
      .locator('[data-summary]')
      .filter({ hasText: `judgement: ${label}` })
      .waitFor();
    const { titles, judgements } = await resultsFor(watch);
    expect(titles.length).toBe(
      Math.min(20, supervisionFindings().filter((f) => f.judgement === first![0]).length),
    );
    expect(judgements.every((j) => j === first![0])).toBe(true);
    expect(await watch.page.locator('details[data-filter="judgement"] summary').textContent()).toBe(
      'Judgement (1 chosen)',
    );
  });

  it('filters supervision findings by judgement: results and counts follow the content', async () => {
    const findings = supervisionFindings();
    const expected = (judgement: string) =>
      findings.filter((f) => f.judgement === judgement).length;
    const meets = await open('/search/?q=supervision&judgement=meets-requirements');
    const a = await resultsFor(meets);
    const dev = await open('/search/?q=supervision&judgement=area-for-development');
    const b = await resultsFor(dev);
    expect(a.titles.length).toBe(expected('meets-requirements'));
    expect(b.titles.length).toBe(expected('area-for-development'));
    expect(a.titles).not.toEqual(b.titles);
    expect(a.judgements.every((j) => j === 'meets-requirements')).toBe(true);
    expect(b.judgements.every((j) => j === 'area-for-development')).toBe(true);
    // Each result shows its judgement as a finding page does (badge label), and the finding's whole text, not the title again.
    const first = meets.page.locator('[data-results] > li').first();
    expect(await first.locator('.badge__label').textContent()).toBe('Meets requirements');
    const id = a.ids[0]!;
    expect(await first.locator('.search-result__text').textContent()).toBe(
      loadFindings().find((f) => f.id === id)!.text,
    );
    // The judgement filter opens because it is in use; its counts ignore its own selection (values are alternatives).
    await expect
      .poll(async () => (await shownCounts(meets, 'judgement'))['meets-requirements'])
      .toBe(expected('meets-requirements'));
    expect((await shownCounts(meets, 'judgement'))['area-for-development']).toBe(
      expected('area-for-development'),
    );
  });

  it('restores the query and a filter from the URL', async () => {
    const watch = await open('/search/?q=caseloads&authority=Rutland');
    const { titles, summary } = await resultsFor(watch);
    expect(await watch.page.getByLabel('Words or a "quoted phrase"').inputValue()).toBe(
      'caseloads',
    );
    expect(await watch.page.getByRole('checkbox', { name: /^Rutland/ }).isChecked()).toBe(true);
    expect(await watch.page.locator('details[data-filter="authority"] summary').textContent()).toBe(
      'Authority (1 chosen)',
    );
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.includes('Rutland'))).toBe(true);
    expect(summary).toMatch(/caseloads.*authority: Rutland/);
  });

  it('shows 20 results, then 20 more on request, each once', async () => {
    const watch = await open('/search/?q=children');
    const { summary } = await resultsFor(watch);
    const total = Number(/(\d+) findings/.exec(summary)![1]);
    expect(total).toBeGreaterThan(20); // the seeds have enough for a second page
    const more = watch.page.getByRole('button', { name: 'Show more findings' });
    await more.click();
    await expect
      .poll(() => watch.page.locator('[data-results] li').count())
      .toBe(Math.min(40, total));
    expect(await more.isVisible()).toBe(total > 40);
    const links = await watch.page
      .locator('[data-results] li h3 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(new Set(links).size).toBe(links.length);
  });

  it('matches a quoted phrase exactly', async () => {
    const exact = await resultsFor(await open('/search/?q=%22strategy+discussions%22'));
    expect(exact.titles).toHaveLength(
      loadFindings().filter((f) => /strategy discussions/i.test(f.text)).length,
    );
  });

  it('counts and results are findings, and only findings: a query and an authority filter agree with the content', async () => {
    const findings = loadFindings();
    const rutland = findings.filter((f) => f.id.startsWith('rutland-'));
    const filtered = await resultsFor(await open('/search/?authority=Rutland'));
    expect(filtered.total).toBe(rutland.length);
    expect(filtered.ids.every((id) => id.startsWith('rutland-'))).toBe(true);
    const query = await resultsFor(await open('/search/?q=supervision'));
    expect(query.total).toBe(supervisionFindings().length);
    expect(query.ids.every((id) => findings.some((f) => f.id === id))).toBe(true);
  });

  it('exact words: "police" finds every finding with the word police and none with only "policies"; counts agree', async () => {
    const findings = loadFindings();
    const police = findings.filter((f) => /\bpolice\b/i.test(f.text));
    expect(police.length).toBeGreaterThan(1);
    const watch = await open('/search/?q=police');
    const stemmed = await resultsFor(watch);
    await watch.page.getByRole('checkbox', { name: /Exact words only/ }).check();
    await watch.page.waitForURL(/exact=1/);
    await watch.page.locator('[data-summary]').filter({ hasText: 'exact words' }).waitFor();
    const exact = await resultsFor(watch);
    expect(exact.ids.sort()).toEqual(police.map((f) => f.id).sort());
    expect(exact.total).toBeLessThanOrEqual(stemmed.total);
    // Counts beside the judgement values are of exactly these findings.
    await watch.page.locator('details[data-filter="judgement"] summary').click();
    await expect
      .poll(() => shownCounts(watch, 'judgement'))
      .toEqual(
        Object.fromEntries(
          (await shownValues(watch, 'judgement')).map(([j]) => [
            j,
            police.filter((f) => f.judgement === j).length,
          ]),
        ),
      );
    // A filter on top narrows them, and the URL keeps both.
    const judgement = police[0]!.judgement;
    const narrowed = await resultsFor(
      await open(`/search/?q=police&exact=1&judgement=${judgement}`),
    );
    expect(narrowed.ids.sort()).toEqual(
      police
        .filter((f) => f.judgement === judgement)
        .map((f) => f.id)
        .sort(),
    );
  });

  it('at 390 px the results come first and the filters are folded away under them', async () => {
    const watch = await open('/search/?q=supervision');
    await watch.page.setViewportSize({ width: 390, height: 844 });
    await watch.page.reload();
    await resultsFor(watch);
    const firstResult = (await watch.page.locator('[data-results] li').first().boundingBox())!;
    const filters = (await watch.page.locator('[data-filters-fold]').boundingBox())!;
    expect(firstResult.y).toBeLessThan(filters.y);
    expect(firstResult.y).toBeLessThan(844);
    expect(
      await watch.page
        .locator('[data-filters-fold]')
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    expect(await watch.page.getByRole('searchbox').count()).toBe(1); // one search box: the header's is not on this page
    await watch.page.setViewportSize({ width: 1280, height: 800 });
    await expect
      .poll(() =>
        watch.page.locator('[data-filters-fold]').evaluate((d) => (d as HTMLDetailsElement).open),
      )
      .toBe(true);
  });

  it('no results: suggests removing the filter, and that works', async () => {
    const watch = await open('/search/?q=supervision&judgement=priority-action&authority=Leeds');
    await watch.page
      .locator('[data-summary]')
      .filter({ hasText: /^0 findings/ })
      .waitFor();
    const remove = watch.page.getByRole('button', { name: /^Remove “Leeds”$/ });
    await remove.click();
    await watch.page.waitForURL((url) => !url.search.includes('Leeds'));
  });

  it('downloads every result of the query and filters (not only those shown) as CSV with the columns of findings.csv', async () => {
    const watch = await open('/search/?q=children');
    const { total } = await resultsFor(watch);
    expect(total).toBeGreaterThan(20);
    const [download] = await Promise.all([
      watch.page.waitForEvent('download'),
      watch.page.getByRole('button', { name: /Download all these findings/ }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    const all = parseCsv(readFileSync(join(DIST, 'data/findings.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(all[0]!));
    expect(rows).toHaveLength(total);
    for (const row of rows) expect(row).toEqual(all.find((r) => r.id === row.id));
  });

  it('made no console errors and no request left 127.0.0.1', () => {
    expect(watches.flatMap((w) => w.consoleErrors)).toEqual([]);
    expect(watches.flatMap((w) => w.foreignRequests)).toEqual([]);
  });
});
