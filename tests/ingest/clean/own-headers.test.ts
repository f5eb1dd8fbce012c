/**
 * A council report's running headers in its own style: lines repeating its
 * header box's meeting and date, or its whole title (`ownHeaderTest`), and
 * what the box says (`ownHeaders`), and `keepLines` dropping them only after
 * the title, wherever they fall.
 */
import { describe, expect, it } from 'vitest';
import { ownHeaderTest } from '../../../scripts/ingest/clean/own-headers.ts';
import { keepLines } from '../../../scripts/ingest/clean/strip-furniture.ts';
import { ownHeaders } from '../../../scripts/ingest/parse/report-headers.ts';

const OWN = {
  committee: 'Executive Board',
  date: '2011-01-19',
  title: 'Annual Unannounced Inspection of Contact, Referral and Assessment Arrangements: Outcome',
};
const isOwn = ownHeaderTest(OWN)!;

describe('ownHeaderTest: the meeting with its date', () => {
  it.each([
    'Executive Board 19 January 2011',
    'Executive Board – 19 January 2011',
    'EXECUTIVE BOARD, 19 JANUARY 2011',
    'Executive Board: 19th January 2011',
    'The Executive Board 19 Jan 2011',
    '19 January 2011 | Executive Board',
    'Executive Board – 19 January 2011 – Page 3',
    'Executive Board 19 January 2011 3',
  ])('"%s" is a header', (line) => {
    expect(isOwn(line)).toBe(true);
  });
  it.each([
    ['the meeting alone', 'Executive Board'],
    ['the date alone', '19 January 2011'],
    ['another date', 'Executive Board 19 January 2010'],
    ['a sentence', 'Executive Board 19 January 2011.'],
    ['more words', 'Executive Board approved on 19 January 2011'],
    ['lower case: a wrapped line of prose', 'executive board 19 January 2011'],
  ])('%s is not: "%s"', (_, line) => {
    expect(isOwn(line)).toBe(false);
  });
  it('may stand with what is a running header of its own, never with other words', () => {
    const named = (rest: string) => /^Leeds City Council\W*$/.test(rest);
    const withNames = ownHeaderTest(OWN, named)!;
    expect(withNames('Leeds City Council – Executive Board – 19 January 2011')).toBe(true);
    expect(withNames(`${OWN.title} – Leeds City Council`)).toBe(true);
    expect(isOwn('Leeds City Council – Executive Board – 19 January 2011')).toBe(false);
    expect(withNames('Leeds City Council Executive Board met on 19 January 2011')).toBe(false);
  });
  it('needs both the meeting and its date', () => {
    expect(ownHeaderTest({ committee: 'Cabinet' })).toBeUndefined();
    expect(ownHeaderTest({ date: '2011-01-19' })).toBeUndefined();
    expect(ownHeaderTest(undefined)).toBeUndefined();
  });
  it("reads the date in figures too, day first, and only the meeting's own date", () => {
    const cabinet = ownHeaderTest({ committee: 'Cabinet', date: '2010-12-14' })!;
    expect(cabinet('Cabinet 14/12/2010')).toBe(true);
    expect(cabinet('CABINET – 14.12.10 – Page 3')).toBe(true);
    expect(cabinet('Cabinet 12/14/2010')).toBe(false); // month first: not a day in 2010
    expect(cabinet('Cabinet 15/12/2010')).toBe(false); // another meeting's date
    expect(cabinet('14/12/2010')).toBe(false); // a date alone may be the document's
  });
});

describe('ownHeaderTest: the whole title', () => {
  it.each([OWN.title, OWN.title.toUpperCase(), `${OWN.title} – Page 2`, `${OWN.title} 2`])(
    '"%s" is a header',
    (line) => {
      expect(isOwn(line)).toBe(true);
    },
  );
  it.each([
    ['a wrapped line of it', 'Annual Unannounced Inspection of Contact, Referral and'],
    ['in other letters (a line of prose)', OWN.title.toLowerCase().replace(/^a/, 'A')],
    ['with more words', `${OWN.title} for Wakefield`],
    ['a sentence', `${OWN.title}.`],
  ])('%s is not', (_, line) => {
    expect(isOwn(line)).toBe(false);
  });
  it('is not tested when too short to tell', () => {
    expect(ownHeaderTest({ title: 'Ofsted inspection' })).toBeUndefined();
  });
});

describe('ownHeaders', () => {
  it('reads the meeting, date and title from the header box as the parser does', () => {
    const source = [
      'Report to:\tCabinet\tDate:\t14 December 2010',
      'Title of report:\tOfsted unannounced inspection of contact,',
      '\treferral and assessment arrangements',
    ];
    expect(ownHeaders(keepLines(source.join('\n')), source)).toEqual({
      committee: 'Cabinet',
      date: '2010-12-14',
      title: 'Ofsted unannounced inspection of contact, referral and assessment arrangements',
    });
  });
});

describe("keepLines with a report's own headers", () => {
  const REPORT = [
    'Executive Board 19 January 2011',
    'Annual Unannounced Inspection of Contact, Referral and',
    'Assessment Arrangements: Outcome',
    '',
    'Areas for development',
    '• Initial assessments are not always completed within',
    'Executive Board 19 January 2011',
    'timescales and the reasons are not',
    OWN.title,
    'recorded.',
  ].join('\n');
  const texts = (own?: typeof OWN) => keepLines(REPORT, [], own).map((l) => l.text);
  it('drops them after the title, even inside a sentence, and keeps the box and the title', () => {
    expect(texts(OWN)).toEqual([
      'Executive Board 19 January 2011',
      'Annual Unannounced Inspection of Contact, Referral and',
      'Assessment Arrangements: Outcome',
      '',
      'Areas for development',
      '• Initial assessments are not always completed within',
      'timescales and the reasons are not',
      'recorded.',
    ]);
  });
  it('keeps them without the box', () => {
    expect(texts()).toHaveLength(10);
  });
});
