import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatMonthYearShort,
  monthKey,
  parseIsoDate,
  yearOf,
} from '../../src/lib/dates.ts';

describe('formatDateRange', () => {
  it.each([
    [{ start: '2009-08-11', end: '2009-08-12' }, '11–12 August 2009'],
    [{ start: '2009-11-30', end: '2009-12-01' }, '30 November – 1 December 2009'],
    [{ start: '2009-12-31', end: '2010-01-01' }, '31 December 2009 – 1 January 2010'],
    [{ start: '2010-09-07', end: '2010-09-07' }, '7 September 2010'],
    [{ start: '2009-07', end: '2009-07' }, 'July 2009'],
    [{ start: '2009-07', end: '2009-08' }, 'July 2009 – August 2009'],
  ])('%o → %s', (range, expected) => {
    expect(formatDateRange(range)).toBe(expected);
  });
});

describe('single dates', () => {
  it('formats days and months as the letters do', () => {
    expect(formatDate('2009-09-02')).toBe('2 September 2009');
    expect(formatDate('2010-04')).toBe('April 2010');
    expect(formatMonthYearShort('2009-09-02')).toBe('Sep 2009');
    expect(yearOf('2011-01-18')).toBe(2011);
    expect(monthKey('2011-01-18')).toBe('2011-01');
  });
  it('names the bad value and the expected forms', () => {
    expect(() => parseIsoDate('18/01/2011')).toThrow(/"18\/01\/2011".*YYYY-MM-DD or YYYY-MM/);
  });
});
