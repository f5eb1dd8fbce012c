import { describe, expect, it } from 'vitest';
import { countKey, countSearches, countsAreTotals } from '../../src/search/search-counts.ts';
import { searchSummary } from '../../src/search/search-summary.ts';
import {
  formatSearchState,
  highlightFragment,
  markedWords,
  parseSearchState,
  queryTerms,
  toPagefindFilters,
  toPagefindSort,
} from '../../src/search/search-state.ts';

describe('search URL state', () => {
  it('reads the query, repeated filters and the sort', () => {
    expect(
      parseSearchState(
        '?q=chronology&judgement=area-for-development&judgement=strength&authority=rutland&sort=date-desc&utm=x',
      ),
    ).toEqual({
      q: 'chronology',
      filters: { judgement: ['area-for-development', 'strength'], authority: ['rutland'] },
      sort: 'date-desc',
    });
  });
  it('ignores an unknown sort and empty values', () => {
    expect(parseSearchState('?q=&theme=&sort=bogus')).toEqual({
      q: '',
      filters: {},
      sort: 'relevance',
    });
  });
  it('round-trips, with a stable order so one search has one URL', () => {
    const url =
      '?q=%22strategy+discussions%22&judgement=area-for-development&theme=chronologies&theme=case-recording&sort=date-asc';
    const state = parseSearchState(url);
    expect(formatSearchState(state)).toBe(
      '?q=%22strategy+discussions%22&judgement=area-for-development&theme=case-recording&theme=chronologies&sort=date-asc',
    );
    expect(parseSearchState(formatSearchState(state))).toEqual(state);
    expect(formatSearchState({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });
});

describe('Pagefind options', () => {
  it('ORs values within a filter and ANDs filters', () => {
    expect(
      toPagefindFilters({ judgement: ['strength', 'meets-requirements'], region: ['London'] }),
    ).toEqual({
      judgement: { any: ['strength', 'meets-requirements'] },
      region: { any: ['London'] },
    });
  });
  it('sorts by the date sort key', () => {
    expect(toPagefindSort('relevance')).toBeUndefined();
    expect(toPagefindSort('date-desc')).toEqual({ date: 'desc' });
  });
});

describe('highlighting on the opened page', () => {
  it('keeps quoted phrases together', () => {
    expect(queryTerms('"strategy discussions" police a')).toEqual([
      'strategy discussions',
      'police',
    ]);
  });
  it('builds a text fragment with -, & and , encoded', () => {
    expect(highlightFragment('"multi-agency, police" chronology')).toBe(
      '#:~:text=multi%2Dagency%2C%20police&text=chronology',
    );
    expect(highlightFragment('')).toBe('');
  });
  it('prefers the word forms Pagefind marked in the excerpt', () => {
    const excerpt =
      'use of <mark>chronologies</mark> on case files; <mark>Chronologies</mark> and <mark>R&amp;D</mark>';
    expect(markedWords(excerpt)).toEqual(['Chronologies', 'R&D']);
    expect(highlightFragment('chronology', excerpt)).toBe('#:~:text=Chronologies&text=R%26D');
  });
});

describe('filter counts', () => {
  const state = parseSearchState(
    '?q=chronology&judgement=strength&judgement=meets-requirements&region=London',
  );
  const values = (key: string) =>
    ({
      judgement: ['priority-action', 'strength'],
      theme: ['chronologies'],
      region: ['London'],
      year: ['2010'],
    })[key] ?? [];
  it("load a filter by naming it with every value, and leave out the filter's own selection", () => {
    expect(countSearches(state, ['judgement', 'theme'], new Set(), values)).toEqual([
      {
        term: 'chronology',
        filters: {
          region: { any: ['London'] },
          judgement: { any: ['priority-action', 'strength'] },
        },
        keys: ['judgement'],
      },
      {
        term: 'chronology',
        filters: {
          judgement: { any: ['meets-requirements', 'strength'] },
          region: { any: ['London'] },
          theme: { any: ['chronologies'] },
        },
        keys: ['theme'],
      },
    ]);
  });
  it('count loaded filters with nothing chosen in one search, and each one with a choice in its own', () => {
    expect(
      countSearches(
        state,
        ['judgement', 'theme', 'region', 'year'],
        new Set(['judgement', 'theme', 'region', 'year'] as const),
        values,
      ),
    ).toEqual([
      {
        term: 'chronology',
        filters: {
          judgement: { any: ['meets-requirements', 'strength'] },
          region: { any: ['London'] },
        },
        keys: ['theme', 'year'],
      },
      { term: 'chronology', filters: { region: { any: ['London'] } }, keys: ['judgement'] },
      {
        term: 'chronology',
        filters: { judgement: { any: ['meets-requirements', 'strength'] } },
        keys: ['region'],
      },
    ]);
  });
  it("search filters alone when there are no words, and not at all for the whole index's totals", () => {
    expect(
      countSearches(
        parseSearchState('?region=London'),
        ['judgement'],
        new Set(['judgement'] as const),
        values,
      ),
    ).toEqual([{ term: null, filters: { region: { any: ['London'] } }, keys: ['judgement'] }]);
    expect(
      countSearches(
        parseSearchState('?judgement=strength'),
        ['judgement', 'theme'],
        new Set(),
        values,
      ),
    ).toEqual([
      {
        term: null,
        filters: { judgement: { any: ['strength'] }, theme: { any: ['chronologies'] } },
        keys: ['theme'],
      },
    ]);
    expect(countSearches(parseSearchState(''), ['judgement', 'theme'], new Set(), values)).toEqual(
      [],
    );
    expect(
      countsAreTotals(parseSearchState('?judgement=strength&sort=date-asc'), 'judgement'),
    ).toBe(true);
  });
  it('depend on the words and the other filters only', () => {
    expect(countKey(state, 'judgement')).toBe(
      countKey(parseSearchState('?q=chronology&region=London&sort=date-asc'), 'judgement'),
    );
    expect(countKey(state, 'judgement')).not.toBe(countKey(state, 'region'));
    expect(countKey(parseSearchState(''), 'theme')).toBe('');
  });
});

describe('results summary', () => {
  const label = (_key: string, value: string) =>
    ({ strength: 'Strength', 'meets-requirements': 'Meets requirements' })[value] ?? value;
  it('says how many, for what words, filtered by what', () => {
    expect(
      searchSummary(
        parseSearchState('?q=chronology&judgement=strength&judgement=meets-requirements&year=2010'),
        12,
        label,
      ),
    ).toBe(
      '12 findings for “chronology”, filtered by judgement: Meets requirements or Strength; year: 2010.',
    );
    expect(searchSummary(parseSearchState('?q=caseloads'), 1, label)).toBe(
      '1 finding for “caseloads”.',
    );
    expect(searchSummary(parseSearchState('?region=London'), 0, label)).toBe(
      '0 findings, filtered by region: London.',
    );
    expect(searchSummary(parseSearchState('?q=police&exact=1'), 3, label)).toBe(
      '3 findings for “police” (exact words).',
    );
  });
});
