import { describe, expect, it } from 'vitest';
import {
  findDate,
  findDateRange,
  parseDate,
  parseDatePhrase,
  parseMonthYear,
} from '../../../scripts/ingest/parse/dates.ts';

describe('date ranges as letters write them', () => {
  it.each([
    ['conducted on 11 and 12 August 2009.', '2009-08-11', '2009-08-12'],
    ['conducted on 30 November and 1 December 2009', '2009-11-30', '2009-12-01'],
    ['conducted on 2nd and 3rd November 2010', '2010-11-02', '2010-11-03'],
    ['took place on the 18th and 19th January 2011', '2011-01-18', '2011-01-19'],
    ['from 29 November to 1 December 2009', '2009-11-29', '2009-12-01'],
    ['on 11-12 August 2009', '2009-08-11', '2009-08-12'],
    ['on 31 December 2009 and 1 January 2010', '2009-12-31', '2010-01-01'],
    ['on 31 December and 1 January 2010', '2009-12-31', '2010-01-01'],
    ['on 4 and 5 Aug 2009', '2009-08-04', '2009-08-05'],
  ])('%s', (text, start, end) => {
    expect(findDateRange(text)).toEqual({ start, end });
  });
  it('rejects impossible days and backwards ranges', () => {
    expect(findDateRange('on 30 and 31 June 2010')).toBeUndefined();
    expect(findDateRange('on 12 and 11 August 2009')).toBeUndefined();
  });
});

describe('single dates and months', () => {
  it('reads day-month-year with or without ordinal suffix', () => {
    expect(parseDate('2 September 2009')).toBe('2009-09-02');
    expect(parseDate(' 9th March 2011 ')).toBe('2011-03-09');
    expect(parseDate('2 September 2009 and more')).toBeUndefined();
    expect(findDate('Letter from Ofsted 16 February 2011 (appendix)')).toBe('2011-02-16');
  });
  it('keeps month precision when only a month is given', () => {
    expect(parseMonthYear('April 2010')).toBe('2010-04');
    expect(parseDatePhrase('in April 2010 have been addressed')).toEqual({
      start: '2010-04',
      end: '2010-04',
    });
    expect(parseDatePhrase('on 4 and 5 August 2009')).toEqual({
      start: '2009-08-04',
      end: '2009-08-05',
    });
    expect(parseDatePhrase('on 7 July 2009')).toEqual({ start: '2009-07-07', end: '2009-07-07' });
    expect(parseDatePhrase('sometime')).toBeUndefined();
  });
});
