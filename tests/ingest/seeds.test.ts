/**
 * Per-seed fixture tests: the figures counted in the documents by hand, plus
 * every metadata field and every finding's judgement and opening words against tests/fixtures/expected/<seed>.json.
 * `UPDATE=1 npx vitest run tests/ingest/seeds.test.ts` rewrites the
 * expectations so a reviewer sees the diff; it never happens silently.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type ParsedFile } from '../../scripts/ingest/parse-document.ts';
import { AUTHORITIES, ROOT, SEED_FILES, seedBytes } from '../helpers/seeds.ts';

const parsed = new Map<string, ParsedFile>(
  SEED_FILES.map((name) => [name, parseDocument(name, seedBytes(name), AUTHORITIES)]),
);
const seed = (prefix: string) => parsed.get(SEED_FILES.find((name) => name.startsWith(prefix))!)!;

function counts(doc: ParsedFile): Record<string, number> {
  const out: Record<string, number> = {};
  for (const finding of doc.findings) out[finding.judgement] = (out[finding.judgement] ?? 0) + 1;
  return out;
}

describe('the figures read from the seeds by hand', () => {
  it('000: Leicester letter, 2 Sep 2009, inspected 11–12 Aug 2009, Heather Brown', () => {
    const doc = seed('000');
    expect(doc.kind).toBe('ofsted-letter');
    expect(doc.authority.name).toBe('Leicester');
    expect(doc.authority.gssCode).toBe('E06000016');
    if (doc.kind !== 'ofsted-letter') throw new Error('kind');
    expect(doc.letterDate).toBe('2009-09-02');
    expect(doc.inspection).toEqual({ start: '2009-08-11', end: '2009-08-12' });
    expect(doc.inspector).toEqual({
      name: 'Heather Brown',
      role: 'Divisional Manager, Social Care Safeguarding',
    });
    expect(doc.previousInspection).toBeNull();
    expect(doc.priorityActionsIdentified).toBe(false);
    expect(counts(doc)).toEqual({
      'meets-requirements': 5,
      strength: 8,
      'area-for-development': 5,
    });
  });
  it('001: City of London letter, 24 Aug 2011, inspected 26–27 Jul 2011, Martin Davis HMI, previous Apr 2010', () => {
    const doc = seed('001');
    if (doc.kind !== 'ofsted-letter') throw new Error('kind');
    expect(doc.authority.name).toBe('City of London');
    expect(doc.letterDate).toBe('2011-08-24');
    expect(doc.inspection).toEqual({ start: '2011-07-26', end: '2011-07-27' });
    expect(doc.inspector).toEqual({ name: 'Martin Davis', role: "Her Majesty's Inspector" });
    expect(doc.previousInspection).toEqual({ start: '2010-04', end: '2010-04' });
    expect(counts(doc)).toEqual({
      strength: 1,
      'meets-requirements': 10,
      'area-for-development': 4,
    });
  });
  it('002: Lincolnshire letter, 23 Feb 2011, inspected 25–26 Jan 2011, Jeff Banham HMI, previous 4–5 Aug 2009', () => {
    const doc = seed('002');
    if (doc.kind !== 'ofsted-letter') throw new Error('kind');
    expect(doc.authority.name).toBe('Lincolnshire');
    expect(doc.letterDate).toBe('2011-02-23');
    expect(doc.inspection).toEqual({ start: '2011-01-25', end: '2011-01-26' });
    expect(doc.inspector.name).toBe('Jeff Banham');
    expect(doc.previousInspection).toEqual({ start: '2009-08-04', end: '2009-08-05' });
    expect(counts(doc)).toEqual({
      strength: 2,
      'meets-requirements': 10,
      'area-for-development': 2,
    });
  });
  it('003: Rutland letter, 9 Jun 2011, inspected 10–11 May 2011, Wendy Ghaffar HMI, previous Sep 2010', () => {
    const doc = seed('003');
    if (doc.kind !== 'ofsted-letter') throw new Error('kind');
    expect(doc.authority.name).toBe('Rutland');
    expect(doc.letterDate).toBe('2011-06-09');
    expect(doc.inspection).toEqual({ start: '2011-05-10', end: '2011-05-11' });
    expect(doc.inspector).toEqual({ name: 'Wendy Ghaffar', role: "Her Majesty's Inspector" });
    expect(doc.previousInspection).toEqual({ start: '2010-09', end: '2010-09' });
    expect(counts(doc)).toEqual({ 'meets-requirements': 13, 'area-for-development': 5 });
  });
  it('004: Leeds council report to Executive Board, 9 Mar 2011; inspected 18–19 Jan 2011; letter 16 Feb 2011; previous Jul 2009', () => {
    const doc = seed('004');
    if (doc.kind !== 'council-report') throw new Error('kind');
    expect(doc.authority.name).toBe('Leeds');
    expect(doc.committee).toBe('Executive Board');
    expect(doc.reportDate).toBe('2011-03-09');
    expect(doc.authors).toEqual(['Adam Hewitt', 'Martyn Stenton']);
    expect(doc.inspection).toEqual({ start: '2011-01-18', end: '2011-01-19' });
    expect(doc.ofstedLetterDate).toBe('2011-02-16');
    expect(doc.previousInspection).toEqual({ start: '2009-07', end: '2009-07' });
    expect(counts(doc)).toEqual({ strength: 7, 'area-for-development': 4 });
  });
});

describe('findings broken across page breaks are whole again', () => {
  const texts = [...parsed.values()].flatMap((doc) => doc.findings.map((f) => f.text));
  it.each([
    ['Lincolnshire', 'Management oversight is consistently provided and supports staff'],
    [
      'City of London',
      'identify both areas of good practice and areas for improvement. Information is aggregated',
    ],
    ['Rutland', 'Examples of this include the introduction of a risk assessment matrix'],
  ])('%s', (_, joined) => {
    expect(texts.filter((text) => text.includes(joined))).toHaveLength(1);
  });
  it('City of London: the indented continuation line belongs to the auditing finding', () => {
    const finding = seed('001').findings.find((f) => f.text.startsWith('Performance monitoring'))!;
    expect(finding.text).toBe(
      'Performance monitoring and case file auditing are routinely undertaken. Findings are discussed with social workers and identify both areas of good practice and areas for improvement. Information is aggregated and used to inform team development plans.',
    );
  });
  it('no finding contains page furniture or stray markup', () => {
    for (const text of texts) expect(text).not.toMatch(/INVESTOR IN PEOPLE|Page \d+ of \d+|<ul|▪/);
  });
});

describe('repeats of the previous inspection are flagged', () => {
  it('City of London: three findings say "This was an area for development at the last inspection"', () => {
    const flagged = seed('001').findings.filter((f) => f.repeatsPrevious);
    expect(flagged.map((f) => f.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'Case recording is',
      'Staff have access',
      'While social workers',
    ]);
  });
  it('Leicester has none', () => {
    expect(seed('000').findings.some((f) => f.repeatsPrevious)).toBe(false);
  });
});

describe.each(SEED_FILES)('%s matches its fixture', (name) => {
  it('metadata and findings', () => {
    const { body, sections, findings, source, closed, warnings, ...meta } = parsed.get(name)!;
    const actual = {
      ...meta,
      source: { file: source.file, encoding: source.encoding },
      findings: findings.map((f) => ({
        judgement: f.judgement,
        opening: f.text.split(/\s+/).slice(0, 8).join(' '),
        repeatsPrevious: f.repeatsPrevious,
      })),
    };
    const path = join(ROOT, 'tests/fixtures/expected', name.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(path))
      throw new Error(
        `${path} is missing: run UPDATE=1 npx vitest run tests/ingest/seeds.test.ts and review it`,
      );
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
