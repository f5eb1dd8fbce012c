import { describe, expect, it } from 'vitest';
import type { Authority, Finding, Judgement } from '../../src/schemas/document.ts';
import { buildAuthorityRows } from '../../src/lib/theme-authorities.ts';
import { cellLabelIds, labelPhrases } from '../../src/lib/grid-labels.ts';
import {
  buildThemeGrid,
  cellText,
  describeCell,
  describeCounts,
} from '../../src/lib/theme-grid.ts';
import { routes } from '../../src/lib/urls.ts';
import { overrideChanges, parseThemeOverrides } from '../../src/lib/theme-overrides.ts';
import { buildThemeYearTable } from '../../src/lib/theme-years.ts';
import { finding, letter, report } from './fixtures.ts';

const place = (name: string, region: string): Authority => ({
  name,
  slug: name.toLowerCase().replace(/ /g, '-'),
  gssCode: 'E06000001',
  region,
  type: 'unitary',
  dfeCode: '1',
});
const rutland = place('Rutland', 'East Midlands');
const leicester = place('Leicester', 'East Midlands');
const leeds = place('Leeds', 'Yorkshire and The Humber');

const tagged = (id: string, judgement: Judgement, ...themes: string[]): Finding =>
  finding(id, {
    judgement,
    themes: themes.map((theme) => ({ theme, matched: theme, source: 'rule' as const })),
  });

/** Leeds 2011 (a letter and a council report), Rutland 2011 and 2012, Leicester 2009. */
const documents = [
  letter('2009-08-11', {
    authority: leicester,
    findings: [tagged('le-d1', 'area-for-development', 'chronologies')],
  }),
  letter('2011-01-10', {
    authority: leeds,
    findings: [tagged('ld-p1', 'priority-action', 'supervision'), tagged('ld-s1', 'strength')],
  }),
  report('2011-01-10', {
    authority: leeds,
    findings: [tagged('ld-cr-d1', 'area-for-development', 'supervision', 'chronologies')],
  }),
  letter('2011-05-04', {
    authority: rutland,
    findings: [
      tagged('ru-d1', 'area-for-development', 'chronologies'),
      tagged('ru-m1', 'meets-requirements', 'chronologies', 'chronologies'),
    ],
  }),
  letter('2012-03-01', {
    authority: rutland,
    findings: [tagged('ru-d2', 'area-for-development', 'supervision')],
  }),
];
const themes = ['chronologies', 'supervision', 'out-of-hours'];
const c = (pa: number, ad: number, st: number, mr: number) => ({
  'priority-action': pa,
  'area-for-development': ad,
  strength: st,
  'meets-requirements': mr,
});

describe('buildThemeGrid', () => {
  const grid = buildThemeGrid(documents, themes);
  it('groups authorities with documents by region, regions and names in order', () => {
    expect(grid.map((g) => [g.region, g.rows.map((r) => r.authority.name)])).toEqual([
      ['East Midlands', ['Leicester', 'Rutland']],
      ['Yorkshire and The Humber', ['Leeds']],
    ]);
  });
  it('counts each authority’s findings per theme and judgement over all its documents, once per finding', () => {
    const [leicesterRow, rutlandRow] = grid[0]!.rows;
    expect(leicesterRow!.cells).toEqual([c(0, 1, 0, 0), undefined, undefined]);
    expect(rutlandRow!.cells).toEqual([c(0, 1, 0, 1), c(0, 1, 0, 0), undefined]);
    expect(grid[1]!.rows[0]!.cells).toEqual([c(0, 1, 0, 0), c(1, 1, 0, 0), undefined]);
  });
  it('keeps an authority whose findings carry no theme, with empty cells', () => {
    const rows = buildThemeGrid(
      [letter('2010-01-01', { authority: rutland, findings: [tagged('x', 'strength')] })],
      themes,
    );
    expect(rows).toEqual([
      {
        region: 'East Midlands',
        rows: [{ authority: rutland, cells: [undefined, undefined, undefined] }],
      },
    ]);
  });
});

describe('cell text', () => {
  it('names the non-zero judgements in the site’s order, singular and plural, words in brackets', () => {
    expect(describeCounts(c(0, 1, 0, 1))).toBe('1 (area for development), 1 (meets requirements)');
    expect(describeCounts(c(2, 0, 3, 0))).toBe('2 (areas for priority action), 3 (strengths)');
    expect(describeCounts(c(0, 0, 0, 0))).toBe('no findings');
    expect(describeCell('Rutland', 'Chronologies', c(0, 1, 0, 1))).toBe(
      'Rutland, Chronologies: 1 (area for development), 1 (meets requirements)',
    );
  });
});

describe('grid labels', () => {
  const grid = buildThemeGrid(documents, themes);
  const labels = ['Chronologies', 'Supervision', 'Out of hours'];
  const phrases = new Map(labelPhrases(grid, labels).map((p) => [p.id, p.text]));
  it('resolve, id by id, to the same words as describeCell', () => {
    const rows = grid.flatMap((g) => g.rows);
    rows.forEach((row, r) =>
      row.cells.forEach((counts, t) => {
        if (!counts) return;
        const name = cellLabelIds(r, t, counts)
          .split(' ')
          .map((id) => phrases.get(id))
          .join(' ');
        expect(name).toBe(describeCell(row.authority.name, labels[t]!, counts));
      }),
    );
    expect(cellLabelIds(1, 0, c(0, 1, 0, 1))).toBe('a1 t0 d1c m1');
    expect(cellText(c(1, 2, 0, 3))).toBe('▲1\n◇2\n✓3');
  });
  it('keeps each phrase once, ids unique', () => {
    const list = labelPhrases(grid, labels);
    expect(new Set(list.map((p) => p.id)).size).toBe(list.length);
    expect(list.filter((p) => p.text === '1 (area for development),')).toHaveLength(1);
  });
  it('link to the authority’s row on the theme page', () => {
    expect(routes.themeAuthority('chronologies', 'rutland')).toBe(
      '/themes/chronologies/#authority-rutland',
    );
  });
});

describe('buildThemeYearTable', () => {
  it('counts one judgement per theme and inspection year, with all findings and documents per year', () => {
    const table = buildThemeYearTable(documents, themes, 'area-for-development');
    expect(table.years).toEqual([2009, 2011, 2012]);
    expect(table.rows).toEqual([
      { theme: 'chronologies', counts: [1, 2, 0], total: 3 },
      { theme: 'supervision', counts: [0, 1, 1], total: 2 },
      { theme: 'out-of-hours', counts: [0, 0, 0], total: 0 },
    ]);
    expect(table.all).toEqual([1, 2, 1]);
    expect(table.documents).toEqual([1, 3, 1]);
    expect(table.max).toBe(2);
  });
  it('gives zeros and a zero scale when no finding has the judgement', () => {
    const table = buildThemeYearTable(documents.slice(0, 1), themes, 'priority-action');
    expect(table.rows.map((r) => r.counts)).toEqual([[0], [0], [0]]);
    expect(table.max).toBe(0);
  });
  it('has no columns without documents', () => {
    expect(buildThemeYearTable([], themes, 'strength')).toMatchObject({
      years: [],
      all: [],
      documents: [],
      max: 0,
    });
  });
});

describe('buildAuthorityRows', () => {
  const refs = documents.flatMap((doc) =>
    doc.findings
      .filter((f) => f.themes.some((t) => t.theme === 'supervision'))
      .map((f) => ({ finding: f, doc })),
  );
  it('gives one row per authority, by name, with counts and finding ids in judgement then date order', () => {
    expect(buildAuthorityRows(refs)).toEqual([
      {
        authority: leeds,
        anchor: 'authority-leeds',
        counts: c(1, 1, 0, 0),
        findingIds: ['ld-p1', 'ld-cr-d1'],
      },
      {
        authority: rutland,
        anchor: 'authority-rutland',
        counts: c(0, 1, 0, 0),
        findingIds: ['ru-d2'],
      },
    ]);
  });
});

describe('parseThemeOverrides', () => {
  it('reads entries and lists their changes, removals first', () => {
    const [o] = parseThemeOverrides(
      'overrides:\n  - finding: a-2011-01-s1\n    add: [x]\n    remove: [y]\n    reason: Because.\n',
    );
    expect(o).toEqual({ finding: 'a-2011-01-s1', add: ['x'], remove: ['y'], reason: 'Because.' });
    expect(overrideChanges(o!)).toEqual([
      { verb: 'remove', theme: 'y' },
      { verb: 'add', theme: 'x' },
    ]);
  });
  it('gives none for a missing, empty or commented-out file', () => {
    expect(parseThemeOverrides(undefined)).toEqual([]);
    expect(parseThemeOverrides('# none yet\n')).toEqual([]);
    expect(parseThemeOverrides('overrides:\n')).toEqual([]);
  });
  it('names the file and the problem when an entry is invalid', () => {
    expect(() =>
      parseThemeOverrides('overrides:\n  - finding: a-1\n    reason: no change\n'),
    ).toThrow(/content\/theme-overrides\.yaml is not a valid overrides file: overrides\.0/);
  });
});
