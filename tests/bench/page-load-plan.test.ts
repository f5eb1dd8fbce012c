/**
 * The phone-speed page-load step of the benchmark (scripts/bench/page-load-plan.ts): which pages it picks
 * from a built site, and how samples become the medians in results.json. The browser part runs only
 * in `npm run bench`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  pageLoadFigures,
  pagesToMeasure,
  type PageLoadSample,
} from '../../scripts/bench/page-load-plan.ts';

const dist = mkdtempSync(join(tmpdir(), 'fdf-page-load-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function page(path: string, bytes: number, cite = false): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), 'x'.repeat(bytes));
  if (cite) writeFileSync(join(dist, path, 'cite.bib'), '@techreport{x}');
}

describe('page-load benchmark', () => {
  it('measures the home page, the largest theme and letter pages, the picture and the first finding', () => {
    page('', 10);
    page('themes/small', 100);
    page('themes/big', 900);
    page('letters/by-authority', 5000); // a list of letters, not a letter: no cite.bib beside it
    page('letters/rutland-2011-05', 300, true);
    page('letters/leeds-2011-01-council-report', 700, true);
    page('findings/b-2010-01-s1', 50, true);
    page('findings/a-2009-01-d1', 50, true);
    page('picture', 400);
    expect(pagesToMeasure(dist)).toEqual([
      { page: 'home', path: '/' },
      { page: 'largest theme', path: '/themes/big/' },
      { page: 'picture', path: '/picture/' },
      { page: 'largest letter', path: '/letters/leeds-2011-01-council-report/' },
      { page: 'finding', path: '/findings/a-2009-01-d1/' },
    ]);
  });

  it('reports the median of each figure per page, leaving out paints that never came', () => {
    const samples: PageLoadSample[] = [
      {
        page: 'largest theme',
        path: '/themes/big/',
        fcpMs: 2400,
        loadMs: 3900,
        kb: 57.04,
        elements: 26616,
      },
      {
        page: 'largest theme',
        path: '/themes/big/',
        fcpMs: 2200,
        loadMs: 3300,
        kb: 57.04,
        elements: 26616,
      },
      {
        page: 'largest theme',
        path: '/themes/big/',
        fcpMs: undefined,
        loadMs: 4600,
        kb: 57.04,
        elements: 26616,
      },
      { page: 'home', path: '/', fcpMs: 400, loadMs: 390, kb: 5.3, elements: 123 },
    ];
    expect(pageLoadFigures(samples)).toEqual({
      'largest-theme.path': '/themes/big/',
      'largest-theme.fcpMs': 2300,
      'largest-theme.loadMs': 3900,
      'largest-theme.kb': 57,
      'largest-theme.elements': 26616,
      'home.path': '/',
      'home.fcpMs': 400,
      'home.loadMs': 390,
      'home.kb': 5.3,
      'home.elements': 123,
    });
  });
});
