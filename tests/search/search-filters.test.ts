/**
 * The search page's build-time filter list (src/search/search-filters.ts) against
 * the committed content, recounted here independently: every value, its
 * label, its order and how many indexed pages (findings and documents' text) have it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchFilterGroups } from '../../src/search/search-filters.ts';
import { parseThemes } from '../../src/lib/themes.ts';
import { loadDocuments } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';

const documents = loadDocuments();
const findings = documents.flatMap((d) => d.findings);
const themes = parseThemes(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8'));
const groups = searchFilterGroups(documents, themes);
const group = (key: string) => groups.find((g) => g.key === key)!;
const tally = (values: string[]): Record<string, number> => {
  const n: Record<string, number> = {};
  for (const v of values) n[v] = (n[v] ?? 0) + 1;
  return n;
};

describe('search filter list', () => {
  it('has the six filters in page order, named as the page names them', () => {
    expect(groups.map((g) => [g.key, g.name])).toEqual([
      ['judgement', 'Judgement'],
      ['theme', 'Theme'],
      ['authority', 'Authority'],
      ['region', 'Region'],
      ['year', 'Year'],
      ['kind', 'Document'],
    ]);
  });

  it('counts findings, and only findings, for every filter (a letter is never counted as a result)', () => {
    const totals = (key: string) =>
      Object.fromEntries(group(key).options.map((o) => [o.value, o.total]));
    expect(totals('judgement')).toEqual(tally(findings.map((f) => f.judgement)));
    expect(totals('theme')).toEqual(
      tally(findings.flatMap((f) => [...new Set(f.themes.map((t) => t.theme))])),
    );
    const perDocument = (value: (d: (typeof documents)[number]) => string) =>
      tally(documents.flatMap((d) => Array(d.findings.length).fill(value(d))));
    expect(totals('authority')).toEqual(perDocument((d) => d.authority.name));
    expect(totals('region')).toEqual(perDocument((d) => d.authority.region));
    expect(totals('year')).toEqual(perDocument((d) => d.inspection.start.slice(0, 4)));
    expect(totals('kind')).toEqual(perDocument((d) => d.kind));
  });

  it('orders and labels values for reading', () => {
    expect(group('judgement').options.map((o) => o.label)).toEqual(
      ['Area for priority action', 'Area for development', 'Strength', 'Meets requirements'].filter(
        (_, i) =>
          findings.some(
            (f) =>
              f.judgement ===
              ['priority-action', 'area-for-development', 'strength', 'meets-requirements'][i],
          ),
      ),
    );
    const themeOrder = themes.map((t) => t.id);
    const shownThemes = group('theme').options.map((o) => o.value);
    expect(shownThemes).toEqual(
      [...shownThemes].sort((a, b) => themeOrder.indexOf(a) - themeOrder.indexOf(b)),
    );
    expect(group('theme').options.map((o) => o.label)).toEqual(
      shownThemes.map((id) => themes.find((t) => t.id === id)!.label),
    );
    const names = group('authority').options.map((o) => o.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    const years = group('year').options.map((o) => o.value);
    expect(years).toEqual([...years].sort());
    expect(group('kind').options.map((o) => o.label)).toEqual(
      ['Ofsted letter', 'Council report'].filter((_, i) =>
        documents.some((d) => d.kind === ['ofsted-letter', 'council-report'][i]),
      ),
    );
  });
});
