/**
 * A council report's title wrapped over two or more lines comes out whole:
 * each rule of `continueTitle` on rows read by hand, then whole reports in the
 * Wakefield and Bradford layouts wrapped as an extractor wraps them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { continueTitle, reportTitle } from '../../../scripts/ingest/parse/report-title.ts';
import { parseText } from '../../helpers/parse-text.ts';
import { ROOT } from '../../helpers/seeds.ts';

const WAKEFIELD =
  'Annual Unannounced Inspection of Contact, Referral and Assessment Arrangements: Outcome';
const BRADFORD = 'Ofsted unannounced inspection of contact, referral and assessment arrangements';

describe('continueTitle: when the next row carries a title on', () => {
  it('a line ending on a joining word ("… Referral and") carries on', () => {
    expect(
      continueTitle('Annual Unannounced Inspection of Contact, Referral and', [
        'Assessment Arrangements: Outcome',
        'Purpose',
      ]),
    ).toBe(WAKEFIELD);
  });

  it('a line ending inside the programme\'s name ("… Referral and Assessment") carries on', () => {
    expect(
      continueTitle('Annual Unannounced Inspection of Contact, Referral and Assessment', [
        'Arrangements: Outcome',
        'Purpose',
      ]),
    ).toBe(WAKEFIELD);
  });

  it('a line ending on a colon carries on, and the finished title stops before "Purpose"', () => {
    expect(
      continueTitle(
        'Annual Unannounced Inspection of Contact, Referral and Assessment Arrangements:',
        ['Outcome', 'Purpose'],
      ),
    ).toBe(WAKEFIELD);
  });

  it('a row starting in lower case carries on; a capitalised row after a finished title does not', () => {
    expect(
      continueTitle('Ofsted unannounced inspection of contact, referral and assessment', [
        'arrangements',
        'Strategic Director',
        'Children and Young People',
      ]),
    ).toBe(BRADFORD);
    expect(continueTitle(WAKEFIELD, ['Purpose'])).toBe(WAKEFIELD);
  });

  it('a title over three lines', () => {
    expect(
      continueTitle('Ofsted unannounced inspection of', [
        'contact, referral and',
        'assessment arrangements',
        'Summary statement',
      ]),
    ).toBe(BRADFORD);
  });

  it('a label, a date, a numbered paragraph or an item never carries a title on', () => {
    const open = 'Annual Unannounced Inspection of Contact, Referral and';
    for (const row of [
      'Date: 7 July 2010',
      '21 March 2011',
      '1. Purpose',
      '(a) Referrals',
      '• Item',
    ])
      expect(continueTitle(open, [row])).toBe(open);
  });

  it('at most four lines: a run of lower-case rows is not all title', () => {
    expect(continueTitle('Unannounced inspection of', ['contact', 'and', 'referral', 'tail'])).toBe(
      'Unannounced inspection of contact and referral',
    );
  });

  it('reportTitle: the first row naming the inspection, label taken off, then its wrapped rows', () => {
    expect(
      reportTitle([
        'WAKEFIELD COUNCIL',
        '21 March 2011',
        'Annual Unannounced Inspection of Contact, Referral and',
        'Assessment Arrangements: Outcome',
        'Purpose',
      ]),
    ).toBe(WAKEFIELD);
  });
});

const fixture = (name: string) =>
  readFileSync(join(ROOT, 'tests/fixtures/council-reports', name), 'utf8');
const titleOf = (text: string) => {
  const doc = parseText(text);
  if (doc.kind !== 'council-report') throw new Error(`kind ${doc.kind}`);
  return doc.title.replace(/^.* report: /, '');
};

describe('whole reports with the title wrapped', () => {
  it('Wakefield: the title over two lines, before "Purpose"', () => {
    for (const wrapped of [
      'Annual Unannounced Inspection of Contact, Referral and\nAssessment Arrangements: Outcome',
      'Annual Unannounced Inspection of Contact, Referral and Assessment\nArrangements: Outcome',
      'Annual Unannounced Inspection of Contact, Referral and Assessment Arrangements:\nOutcome',
    ])
      expect(titleOf(fixture('wakefield-scrutiny.txt').replace(WAKEFIELD, wrapped))).toBe(
        WAKEFIELD,
      );
  });

  it('Bradford: the "Subject:" value over two lines, with the contact box straight after', () => {
    const text = fixture('bradford-executive.txt').replace(
      `${BRADFORD}\n\nStrategic`,
      'Ofsted unannounced inspection of contact, referral and\nassessment arrangements\nStrategic',
    );
    expect(titleOf(text)).toBe(BRADFORD);
  });

  it('Kirklees: a "Title of report:" cell wrapped inside its column', () => {
    const text = fixture('kirklees-cabinet.txt').replace(
      'of contact, referral',
      'of contact,\n\treferral',
    );
    expect(titleOf(text)).toBe(BRADFORD);
  });
});

describe('reportTitle: a title begun on the line before the one naming the inspection', () => {
  it('a line ending unfinished ("Ofsted Annual") or followed by a line in lower case starts the title', () => {
    expect(
      reportTitle([
        '9th March 2011',
        'Ofsted Annual',
        'Unannounced Inspection of Contact, Referral and Assessment Arrangements',
        'Purpose',
      ]),
    ).toBe('Ofsted Annual Unannounced Inspection of Contact, Referral and Assessment Arrangements');
    expect(
      reportTitle([
        'Executive Board',
        'Outcome of the Ofsted',
        'unannounced inspection of contact, referral and assessment arrangements',
        'Summary',
      ]),
    ).toBe(
      'Outcome of the Ofsted unannounced inspection of contact, referral and assessment arrangements',
    );
  });

  it('a finished line, a date, a sentence or a label line before it does not', () => {
    for (const before of [
      'Report of the Corporate Director, Children and Young People',
      '21 March 2011',
      'The report is attached.',
    ])
      expect(reportTitle([before, WAKEFIELD, 'Purpose'])).toBe(WAKEFIELD);
    expect(reportTitle(['Executive Board', `Title: ${WAKEFIELD}`])).toBe(WAKEFIELD);
  });
});
