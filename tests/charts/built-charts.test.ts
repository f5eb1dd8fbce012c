/**
 * The charts in the built site (needs `npm run build`): each CSV's numbers recomputed here from
 * the committed content (frontmatter read with the yaml library, not the site's code), the page's
 * table equal to the CSV, the SVG's bars and values equal to the numbers, and the coverage view.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../helpers/content.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { AUTHORITIES } from '../helpers/seeds.ts';

const file = (path: string) => {
  if (!existsSync(join(DIST, path)))
    throw new Error(`dist/${path} missing: run \`npm run build\` first`);
  return readFileSync(join(DIST, path), 'utf8');
};
const csv = (path: string) => parseCsv(file(path), { columns: true }) as Record<string, string>[];
const letters = loadDocuments().filter((d) => d.kind === 'ofsted-letter');
const LABEL: Record<string, string> = {
  'priority-action': 'Area for priority action',
  'area-for-development': 'Area for development',
  strength: 'Strength',
  'meets-requirements': 'Meets requirements',
};

describe('judgements by year', () => {
  const rows = csv('charts/judgements-by-year.csv');
  it('findings per letter per year and judgement, recomputed from the content; years under 3 letters withheld', () => {
    const years = [...new Set(letters.map((d) => d.inspection.start.slice(0, 4)))].sort();
    const expected = years.flatMap((y) => {
      const docs = letters.filter((d) => d.inspection.start.startsWith(y));
      return Object.keys(LABEL).map((j) => {
        const k = docs.flatMap((d) => d.findings).filter((f) => f.judgement === j).length;
        return {
          group: y,
          judgement: LABEL[j]!,
          findings: String(k),
          letters: String(docs.length),
          findings_per_letter:
            docs.length < 3 ? '' : String(Math.round((k / docs.length) * 1000) / 1000),
        };
      });
    });
    expect(rows).toEqual(expected);
  });
  it('the page shows the same numbers as a table, and the SVG writes each drawn value', () => {
    const page = parseHtml(file('charts/index.html'));
    const figure = page.querySelector('#judgements-by-year')!.closest('figure')!;
    const cells = figure
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('th, td').map((c) => c.text.trim()));
    expect(cells).toEqual(
      rows.map((r) => [
        r.group,
        r.judgement,
        r.findings,
        r.letters,
        r.findings_per_letter === '' ? 'withheld' : Number(r.findings_per_letter).toFixed(2),
      ]),
    );
    const texts = figure.querySelectorAll('svg text').map((t) => t.text);
    for (const r of rows.filter((x) => x.findings_per_letter !== ''))
      expect(texts).toContain(Number(r.findings_per_letter).toFixed(1));
    expect(figure.querySelectorAll('svg .chart-mark--strength rect')).toHaveLength(
      rows.filter((r) => r.judgement === 'Strength' && r.findings_per_letter !== '').length,
    );
    expect(figure.querySelector('a[href="/charts/judgements-by-year.csv"]')).not.toBeNull();
    expect(figure.querySelector('a[href="/coverage/"]')).not.toBeNull();
  });
});

describe("an authority's theme profile", () => {
  it('Leicester: shares of its areas for development per theme, against East Midlands and England, from the content', () => {
    const rows = csv('charts/authority-leicester-theme-profile.csv');
    const concerns = (docs: typeof letters) =>
      docs
        .flatMap((d) => d.findings)
        .filter((f) => f.judgement === 'area-for-development' || f.judgement === 'priority-action');
    const sets = {
      Leicester: concerns(letters.filter((d) => d.authority.slug === 'leicester')),
      'East Midlands (region)': concerns(
        letters.filter((d) => d.authority.region === 'East Midlands'),
      ),
      England: concerns(letters),
    };
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const set = sets[row.series as keyof typeof sets];
      const theme = row.theme;
      const k = set.filter((f) => f.themes.some((t) => themeLabelOf(t.theme) === theme)).length;
      expect([row.with_theme, row.areas], `${row.series} ${theme}`).toEqual([
        String(k),
        String(set.length),
      ]);
      expect(row.share).toBe(
        set.length < 5 ? '' : String(Math.round((k / set.length) * 1000) / 1000),
      );
    }
    expect(
      parseHtml(file('authorities/leicester/index.html')).querySelector(
        '#authority-leicester-theme-profile',
      ),
    ).not.toBeNull();
  });
});

describe('coverage', () => {
  it('152 authorities × 3 programme years; on-site cells are exactly the documents held', () => {
    const rows = csv('coverage.csv');
    expect(rows).toHaveLength(AUTHORITIES.length);
    const held = new Set(
      loadDocuments().map((d) => {
        const [y, m] = d.inspection.start.split('-').map(Number) as [number, number];
        return `${d.authority.name}|y${m >= 6 ? y : y - 1}`;
      }),
    );
    const onSite = rows.flatMap((r) =>
      ['y2009', 'y2010', 'y2011']
        .filter((y) => r[y] === 'on-site' || r[y] === 'incomplete')
        .map((y) => `${r.authority}|${y}`),
    );
    expect(new Set(onSite)).toEqual(held);
  });
});

// Theme labels from the taxonomy file itself, read with a regular expression rather than the site's parser.
const THEME_LABELS = new Map(
  [
    ...readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8').matchAll(
      /- id: ([\w-]+)\s*\n\s*label: "?([^"\n]+)"?/g,
    ),
  ].map((m) => [m[1]!, m[2]!.trim()]),
);
function themeLabelOf(id: string): string {
  return THEME_LABELS.get(id) ?? id;
}
