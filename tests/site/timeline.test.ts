import { describe, expect, it } from 'vitest';
import { buildTimeline, findInspectionDocument, findNeighbours } from '../../src/lib/timeline.ts';
import { letter, report } from './fixtures.ts';

const first = letter('2009-07-14', { previousInspection: null });
const rep = report('2011-01-18', { previousInspection: { start: '2009-07', end: '2009-07' } });
const second = letter('2011-01-18', { previousInspection: { start: '2009-07', end: '2009-07' } });
const third = letter('2012-02-01', {
  previousInspection: { start: '2011-01-18', end: '2011-01-19' },
});

describe('buildTimeline', () => {
  it('groups documents by inspection month, oldest first, letters before reports', () => {
    const t = buildTimeline([third, rep, second, first]);
    expect(t.map((e) => [e.key, e.documents.map((d) => d.kind)])).toEqual([
      ['2009-07', ['ofsted-letter']],
      ['2011-01', ['ofsted-letter', 'council-report']],
      ['2012-02', ['ofsted-letter']],
    ]);
    expect(t[0]!.referredToBy.map((d) => d.slug)).toEqual([
      'leeds-2011-01',
      'leeds-2011-01-council-report',
    ]);
    expect(t[0]!.inspection).toEqual({ start: '2009-07-14', end: '2009-07-14' });
  });
  it('keeps an inspection only referred to, with its month-precision date', () => {
    const t = buildTimeline([rep]);
    expect(
      t.map((e) => [e.key, e.documents.length, e.referredToBy.length, e.inspection.start]),
    ).toEqual([
      ['2009-07', 0, 1, '2009-07'],
      ['2011-01', 1, 0, '2011-01-18'],
    ]);
  });
});

describe('neighbours', () => {
  it('finds the same inspection and the previous and next ones that have documents', () => {
    const n = findNeighbours(second, [first, second, rep, third]);
    expect(n.sameInspection.map((d) => d.slug)).toEqual(['leeds-2011-01-council-report']);
    expect(n.previous.map((d) => d.slug)).toEqual(['leeds-2009-07']);
    expect(n.next.map((d) => d.slug)).toEqual(['leeds-2012-02']);
  });
  it('skips inspections only referred to', () => {
    const n = findNeighbours(rep, [rep]);
    expect(n).toEqual({ sameInspection: [], previous: [], next: [] });
  });
  it('finds the document of a previous inspection by month, preferring the letter', () => {
    expect(findInspectionDocument({ start: '2011-01', end: '2011-01' }, [rep, second])?.slug).toBe(
      'leeds-2011-01',
    );
    expect(
      findInspectionDocument({ start: '2010-04', end: '2010-04' }, [rep, second]),
    ).toBeUndefined();
  });
});
