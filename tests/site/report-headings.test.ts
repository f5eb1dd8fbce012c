import { describe, expect, it } from 'vitest';
import { isReportHeading } from '../../src/lib/report-headings.ts';
import { judgementSections } from '../../src/lib/document-contents.ts';

describe('isReportHeading', () => {
  it('takes numbered section titles and capitalised headings', () => {
    for (const t of [
      '1.0 Purpose of this Report',
      '3.0 Main Issues',
      '10.0 Recommendations',
      'EXECUTIVE SUMMARY',
      'RECOMMENDATIONS',
    ])
      expect(isReportHeading(t), t).toBe(true);
  });
  it('leaves numbered paragraphs, sentences and debris as paragraphs', () => {
    for (const t of [
      '1.1 This report provides details of the inspection.',
      '6.2 Note the outcomes',
      'Tel: 0113 2476940',
      'Originator: Adam Hewitt /',
      '3.0 It is recommended that Executive Board:',
      'OK',
      '',
    ])
      expect(isReportHeading(t), t).toBe(false);
  });
});

describe('judgementSections', () => {
  it('lists every judgement, most serious first, with counts and the first finding of those present', () => {
    const f = (id: string, judgement: 'strength' | 'area-for-development') =>
      ({ id, judgement }) as never;
    expect(
      judgementSections({
        findings: [f('x-s1', 'strength'), f('x-d1', 'area-for-development'), f('x-s2', 'strength')],
      }),
    ).toEqual([
      { judgement: 'priority-action', count: 0 },
      { judgement: 'area-for-development', count: 1, firstId: 'x-d1' },
      { judgement: 'strength', count: 2, firstId: 'x-s1' },
      { judgement: 'meets-requirements', count: 0 },
    ]);
  });
});
