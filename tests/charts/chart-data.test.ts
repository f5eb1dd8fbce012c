/** The chart numbers (per letter, shares, withheld below the minimum n), coverage, the SVG and the CSV. */
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { chartCsv, chartRowsHtml, makeChart } from '../../src/lib/charts/chart.ts';
import { coverage, programmeYear } from '../../src/lib/charts/coverage.ts';
import { judgementMix } from '../../src/lib/charts/judgement-mix.ts';
import { mixPlot } from '../../src/lib/charts/mix-plot.ts';
import { MIN_LETTERS, rate } from '../../src/lib/charts/rates.ts';
import { concernCounts, themeProfile } from '../../src/lib/charts/theme-profile.ts';
import type { Finding, Judgement, SourceDocument } from '../../src/schemas/document.ts';
import { loadDocuments } from '../helpers/content.ts';
import { AUTHORITIES } from '../helpers/seeds.ts';

const real = loadDocuments();
const letter = real.find((d) => d.kind === 'ofsted-letter')!;
const report = real.find((d) => d.kind === 'council-report')!;
const finding = (judgement: Judgement, themes: string[] = []): Finding => ({
  ...letter.findings[0]!,
  judgement,
  themes: themes.map((theme) => ({ theme, matched: theme, source: 'rule' })),
});
const doc = (
  slug: string,
  findings: Finding[],
  over: Partial<SourceDocument> = {},
): SourceDocument => ({ ...letter, slug, findings, ...over }) as SourceDocument;

describe('rates', () => {
  it('withholds below the minimum n and rounds to 3 decimals', () => {
    expect(rate(1, 2, 3)).toEqual({ k: 1, n: 2, value: null });
    expect(rate(2, 3, 3)).toEqual({ k: 2, n: 3, value: 0.667 });
    expect(rate(0, 0, 0).value).toBeNull();
  });
});

describe('judgementMix', () => {
  it('is per Ofsted letter: council reports add neither findings nor letters', () => {
    const letters = [
      doc('a', [finding('strength'), finding('strength')]),
      doc('b', [finding('strength')]),
      doc('c', []),
      report,
    ];
    const rows = judgementMix([{ group: 'g', letters }]);
    expect(rows.find((r) => r.judgement === 'strength')!.rate).toEqual({ k: 3, n: 3, value: 1 });
  });
  it('withholds a group of fewer than MIN_LETTERS letters', () => {
    const rows = judgementMix([{ group: 'small', letters: [doc('a', [finding('strength')])] }]);
    expect(MIN_LETTERS).toBeGreaterThan(1);
    expect(rows.every((r) => r.rate.value === null && r.rate.n === 1)).toBe(true);
  });
  it('counts only the findings a theme chart asks for', () => {
    const letters = [
      doc('a', [finding('strength', ['x']), finding('strength', ['y'])]),
      doc('b', []),
      doc('c', []),
    ];
    expect(
      judgementMix([
        { group: 'x', letters, counts: (f) => f.themes.some((t) => t.theme === 'x') },
      ]).find((r) => r.judgement === 'strength')!.rate,
    ).toEqual({ k: 1, n: 3, value: 0.333 });
  });
});

describe('themeProfile', () => {
  it('shares of areas for development and priority actions carrying each theme; strengths do not count', () => {
    const mine = doc('a', [
      finding('area-for-development', ['x']),
      finding('priority-action', ['y']),
      finding('strength', ['x']),
      ...Array.from({ length: 3 }, () => finding('area-for-development')),
    ]);
    const other = doc(
      'b',
      Array.from({ length: 10 }, (_, i) => finding('area-for-development', i < 5 ? ['x'] : [])),
    );
    const rows = themeProfile(['x', 'y', 'z'], {
      authority: concernCounts([mine]),
      region: concernCounts([mine]),
      england: concernCounts([mine, other]),
    });
    expect(rows.filter((r) => r.theme === 'x').map((r) => [r.series, r.rate])).toEqual([
      ['authority', { k: 1, n: 5, value: 0.2 }],
      ['region', { k: 1, n: 5, value: 0.2 }],
      ['england', { k: 6, n: 15, value: 0.4 }],
    ]);
    expect(rows.some((r) => r.theme === 'z')).toBe(false);
  });
});

describe('coverage', () => {
  it('places inspections in programme years (June to May; June 2012 ends the last)', () => {
    expect([
      programmeYear('2009-06-01'),
      programmeYear('2010-05-31'),
      programmeYear('2010-06-01'),
      programmeYear('2012-06-10'),
      programmeYear('2009-05-01'),
    ]).toEqual([2009, 2009, 2010, 2011, undefined]);
  });
  it('on the site, incomplete, referred to, missing', () => {
    const a = AUTHORITIES.find((x) => x.slug === 'leicester')!;
    const docs = [
      doc('leicester-2009-08', [], {
        authority: a,
        inspection: { start: '2009-08-11', end: '2009-08-12' },
      }),
      doc('leicester-2011-07', [], {
        authority: a,
        inspection: { start: '2011-07-01', end: '2011-07-02' },
        incomplete: { reason: 'ends mid-sentence' },
        previousInspection: { start: '2010-09', end: '2010-09' },
      }),
    ];
    const [row] = coverage([a], new Map([['leicester', docs]]));
    expect(row!.years.map((y) => y.status)).toEqual(['on-site', 'referred-to', 'incomplete']);
    expect(coverage([a], new Map())[0]!.years.map((y) => y.status)).toEqual([
      'missing',
      'missing',
      'missing',
    ]);
  });
});

describe('a chart', () => {
  const rows = judgementMix([
    {
      group: '2011',
      letters: [
        doc('a', [finding('strength')]),
        doc('b', []),
        doc('c', [finding('strength'), finding('area-for-development')]),
      ],
    },
    { group: '2009', letters: [doc('d', [])] },
  ]);
  const chart = makeChart(
    {
      id: 'test-chart',
      title: 'A title',
      description: 'A description',
      columns: [
        { key: 'group', label: 'Group' },
        { key: 'v', label: 'V' },
      ],
      rows: rows.map((r) => ({ group: r.group, v: r.rate.value })),
    },
    () => mixPlot(rows, ['2011', '2009']),
  );
  const svg = parseHtml(chart.svg()).querySelector('svg')!;
  it('is one image with its title and description, and nothing the Content-Security-Policy blocks', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('test-chart-svg-title test-chart-svg-desc');
    expect(svg.querySelector('title')!.text).toBe('A title');
    expect(svg.querySelector('desc')!.text).toBe('A description');
    expect(svg.querySelectorAll('style')).toHaveLength(0);
    expect(svg.querySelectorAll('[style]')).toHaveLength(0);
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect(svg.getAttribute('class')).toBe('chart-plot');
  });
  it('draws drawn groups and writes their values; a withheld group says so and has no bar', () => {
    expect(svg.querySelectorAll('.chart-mark--strength rect')).toHaveLength(1);
    expect(svg.querySelectorAll('text').map((t) => t.text)).toEqual(
      expect.arrayContaining(['0.7', '0.3', 'withheld: 1 letter']),
    );
  });
  it('is drawn once and identically', () => {
    expect(chart.svg()).toBe(chart.svg());
  });
  it('table rows: the first column heads its row, numbers are formatted and marked, text escaped', () => {
    const html = chartRowsHtml({
      columns: [
        { key: 'group', label: 'Group' },
        { key: 'who', label: 'Whose' },
        { key: 'share', label: 'Share', as: 'share' },
      ],
      rows: [
        { group: `Children's <voice> & "views"`, who: 'England', share: 0.125 },
        { group: 'Thresholds', who: 'Barnet', share: null },
      ],
    });
    const rows = parseHtml(`<table><tbody>${html}</tbody></table>`).querySelectorAll('tr');
    expect(rows.map((r) => r.childNodes.map((c) => parseHtml(c.toString()).text))).toEqual([
      [`Children's <voice> & "views"`, 'England', '12.5 %'],
      ['Thresholds', 'Barnet', 'withheld'],
    ]);
    expect(rows.map((r) => r.querySelector('th')!.getAttribute('scope'))).toEqual(['row', 'row']);
    // A number (or a withheld one) is right-aligned; text is not.
    expect(rows[0]!.querySelectorAll('td').map((td) => td.getAttribute('class'))).toEqual([
      undefined,
      'num',
    ]);
    expect(rows[1]!.querySelectorAll('td.num')).toHaveLength(1);
    expect(html).toContain('Children&#39;s &lt;voice&gt; &amp; &quot;views&quot;');
  });
  it('CSV: header of column keys, empty for withheld, read back by csv-parse', () => {
    expect(parseCsv(chartCsv(chart), { columns: true })).toEqual(
      rows.map((r) => ({ group: r.group, v: r.rate.value === null ? '' : String(r.rate.value) })),
    );
  });
});
