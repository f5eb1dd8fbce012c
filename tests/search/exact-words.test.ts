import { describe, expect, it } from 'vitest';
import { applyFilters, exactCounts, hasExactWords } from '../../src/search/exact-words.ts';
import { markWords } from '../../src/search/mark-words.ts';
import { csvForIds } from '../../src/search/csv-records.ts';
import { zeroResultSuggestions } from '../../src/search/zero-results.ts';
import { formatSearchState, parseSearchState } from '../../src/search/search-state.ts';

describe('exact words', () => {
  it('"police" matches the word police, never policies or policed', () => {
    expect(hasExactWords('Liaison with the Police is good.', 'police')).toBe(true);
    expect(hasExactWords('Policies and procedures are clear.', 'police')).toBe(false);
    expect(hasExactWords('The area was policed.', 'police')).toBe(false);
    expect(hasExactWords('police-led strategy', 'police')).toBe(true);
  });
  it('needs every word and phrase, a phrase across any spaces', () => {
    expect(
      hasExactWords('strategy\n discussions with police', '"strategy discussions" police'),
    ).toBe(true);
    expect(hasExactWords('strategy meetings with police', '"strategy discussions" police')).toBe(
      false,
    );
    expect(hasExactWords('anything', '')).toBe(true);
    expect(hasExactWords('a (b) c', '(b)')).toBe(true);
  });
  it('is in the URL as exact=1, and stemming is the default', () => {
    expect(parseSearchState('?q=police').exact).toBeUndefined();
    const state = parseSearchState('?q=police&exact=1');
    expect(state.exact).toBe(true);
    expect(formatSearchState(state)).toBe('?q=police&exact=1');
  });
});

describe('filters and counts over loaded results', () => {
  const r = (judgement: string, theme: string[]) => ({
    url: '',
    content: '',
    filters: { judgement: [judgement], theme },
  });
  const results = [
    r('strength', ['a']),
    r('strength', ['a', 'b']),
    r('area-for-development', ['b']),
    r('meets-requirements', []),
  ];
  it('any value within a filter, every filter', () => {
    expect(
      applyFilters(results, { judgement: ['strength', 'area-for-development'], theme: ['b'] }),
    ).toEqual([results[1], results[2]]);
    expect(applyFilters(results, {})).toEqual(results);
  });
  it('a filter’s counts ignore its own choice but follow the others', () => {
    expect(exactCounts(results, { judgement: ['strength'], theme: ['b'] }, 'judgement')).toEqual({
      strength: 1,
      'area-for-development': 1,
    });
    expect(exactCounts(results, { judgement: ['strength'] }, 'theme')).toEqual({ a: 2, b: 1 });
  });
});

describe('markWords', () => {
  it('marks whole words, case-insensitively, longest first', () => {
    expect(markWords('Police and policies; POLICE.', ['police'])).toEqual([
      { text: 'Police', marked: true },
      { text: ' and policies; ', marked: false },
      { text: 'POLICE', marked: true },
      { text: '.', marked: false },
    ]);
    expect(markWords('text', [])).toEqual([{ text: 'text', marked: false }]);
    expect(markWords('a+b c', ['a+b']).map((x) => x.marked)).toEqual([true, false]);
  });
});

describe('csvForIds', () => {
  const csv = 'id,text,n\r\na-1,"one, ""two""\nthree",1\r\nb-2,plain,2\r\nc-3,x,3\r\n';
  it('keeps the header and the records of the ids, in their order, byte for byte', () => {
    expect(csvForIds(csv, ['c-3', 'a-1'])).toBe(
      'id,text,n\r\nc-3,x,3\r\na-1,"one, ""two""\nthree",1\r\n',
    );
    expect(csvForIds(csv, [])).toBe('id,text,n\r\n');
    expect(() => csvForIds(csv, ['z-9'])).toThrow(/no row for z-9/);
  });
});

describe('zeroResultSuggestions', () => {
  const themes = [
    { id: 'chronologies', label: 'Chronologies' },
    { id: 'police', label: 'Police and health partners' },
  ];
  it('offers to remove each chosen value, to search all word forms, and themes sharing a word', () => {
    expect(
      zeroResultSuggestions(
        {
          q: 'chronology police',
          filters: { judgement: ['strength'] },
          sort: 'relevance',
          exact: true,
        },
        themes,
      ),
    ).toEqual([
      { kind: 'remove-filter', key: 'judgement', value: 'strength' },
      { kind: 'all-word-forms' },
      { kind: 'theme', id: 'chronologies', label: 'Chronologies' },
      { kind: 'theme', id: 'police', label: 'Police and health partners' },
    ]);
    expect(zeroResultSuggestions({ q: 'xyz', filters: {}, sort: 'relevance' }, themes)).toEqual([]);
  });
});
