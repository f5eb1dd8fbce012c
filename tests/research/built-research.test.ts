/**
 * The research views in a built site with authorities inspected twice (tests/helpers/fixture-site.ts):
 * follow-up tables on authority pages, "before and after" on finding pages, the next_* columns of
 * findings.csv read back with csv-parse; and axe on the new components, light and dark.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
}, 600_000);

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('follow-up on the authority page', () => {
  it('one before → after table per pair, every earlier finding a row with its outcome and reason', () => {
    const page = site.page('authorities/derbyshire/');
    expect(text(page.querySelector('#follow-up-heading')?.text)).toBe(
      'What changed between inspections',
    );
    const tables = page.querySelectorAll('.follow-up__table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.querySelectorAll('tbody tr').map((tr) => {
      const cells = tr.querySelectorAll('td');
      return {
        from: cells[0]!.querySelector('a')!.getAttribute('href'),
        outcome: text(cells[1]!.querySelector('strong')?.text),
        to: cells[1]!.querySelector('a')?.getAttribute('href'),
        why: text(cells[2]!.text),
      };
    });
    expect(rows.map((r) => [r.from, r.outcome, r.to])).toEqual([
      ['/findings/derbyshire-2010-04-s1/', 'declined', '/findings/derbyshire-2011-07-d1/'],
      ['/findings/derbyshire-2010-04-m1/', 'held', '/findings/derbyshire-2011-07-m2/'],
      ['/findings/derbyshire-2010-04-m2/', 'not mentioned', undefined],
      [
        '/findings/derbyshire-2010-04-d1/',
        'now met or a strength',
        '/findings/derbyshire-2011-07-m1/',
      ],
      ['/findings/derbyshire-2010-04-d2/', 'now met or a strength', undefined],
      ['/findings/derbyshire-2010-04-d3/', 'raised again', undefined],
    ]);
    expect(rows[4]!.why).toMatch(
      /^The next letter says: “Two of the areas of development identified at the previous inspection/,
    );
    expect(rows[0]!.why).toMatch(
      /^A finding of the next letter on the same matter\. Shared themes?: .+\. Words in common: thresholds, /,
    );
  });
  it('authorities with one letter show no follow-up section', () => {
    expect(site.page('authorities/leicester/').querySelector('#follow-up-heading')).toBeNull();
  });
});

describe('follow-up on finding pages', () => {
  it('an earlier finding says what the next inspection made of it, with a link and the reason', () => {
    const section = text(
      site.page('findings/stockport-2009-08-d1/').querySelector('.finding-follow-up')?.text,
    );
    expect(section).toContain(
      'At the next inspection, Oct 2010: raised again → area for development stockport-2010-10-d1',
    );
    expect(section).toContain('“This was an area for development at the last inspection.”');
  });
  it('is left out of the search index: it quotes other findings, whose own pages are the results', () => {
    for (const path of ['findings/stockport-2009-08-d1/', 'findings/stockport-2010-10-d1/']) {
      const section = site.page(path).querySelector('.finding-follow-up')!;
      expect(section.closest('[data-pagefind-ignore]'), path).not.toBeNull();
      expect(section.closest('[data-pagefind-body]'), path).not.toBeNull();
    }
  });
  it('the later finding links back to the earlier one', () => {
    const links = site
      .page('findings/stockport-2010-10-d1/')
      .querySelectorAll('.finding-follow-up a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('/findings/stockport-2009-08-d1/');
  });
});

describe('findings.csv next_* columns', () => {
  const rows = () =>
    parseCsv(site.file('data/findings.csv'), { columns: true }) as Record<string, string>[];
  it('match the links on the pages, and are empty where there is no later letter', () => {
    const byId = new Map(rows().map((r) => [r.id, r]));
    expect(byId.get('derbyshire-2010-04-d3')).toMatchObject({
      next_outcome: 'raised-again',
      next_basis: 'letter-summary',
      next_document_slug: 'derbyshire-2011-07',
      next_finding: '',
    });
    expect(byId.get('derbyshire-2010-04-d3')!.next_reason).toMatch(/Further work is required/);
    expect(byId.get('stockport-2009-08-d1')).toMatchObject({
      next_outcome: 'raised-again',
      next_basis: 'finding-statement',
      next_finding: 'stockport-2010-10-d1',
    });
    expect(byId.get('leicester-2009-08-d1')).toMatchObject({
      next_outcome: '',
      next_basis: '',
      next_reason: '',
    });
    expect(byId.get('stockport-2010-10-d1')!.next_outcome).toBe('');
  });
  it('findings.json carries the same values typed (null, not "")', () => {
    const json = JSON.parse(site.file('data/findings.json')) as {
      findings: Record<string, unknown>[];
    };
    const row = json.findings.find((r) => r.id === 'derbyshire-2010-04-d1')!;
    expect(row).toMatchObject({
      next_outcome: 'now-met',
      next_basis: 'finding-statement',
      next_finding: 'derbyshire-2011-07-m1',
    });
    expect(json.findings.find((r) => r.id === 'leicester-2009-08-d1')!.next_outcome).toBeNull();
  });
});

describe('axe on the new views, light and dark', () => {
  const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const PAGES = [
    '/authorities/derbyshire/',
    '/findings/derbyshire-2010-04-d3/',
    '/findings/stockport-2010-10-d1/',
  ];
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(site.dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  it('the follow-up rows, written as one string, keep the table’s styles', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/authorities/derbyshire/`);
    const styles = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        cell: style('.follow-up__table tbody td').verticalAlign,
        outcome: style('.follow-up__table .follow-up__outcome').whiteSpace,
        reason: style('.follow-up__table .follow-up__reason').fontSize,
      };
    });
    await context.close();
    expect(styles).toEqual({ cell: 'top', outcome: 'nowrap', reason: '15px' });
  });
  it.each(PAGES)('%s', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.origin}${path}`);
      await page.addScriptTag({ content: AXE });
      // Every WCAG 2.2 A/AA rule in light; in dark only the colour rules, which are all the scheme changes.
      const only =
        colorScheme === 'light'
          ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
          : { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };
      const violations = await page.evaluate(async (runOnly) => {
        // @ts-expect-error injected above
        const result = await window.axe.run(document, { runOnly });
        return result.violations.map(
          (v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`,
        );
      }, only);
      expect(violations, `${path} ${colorScheme}`).toEqual([]);
      await context.close();
    }
  });
});
