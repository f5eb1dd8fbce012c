/**
 * Corrections across a change in what the parse gives: the letter wrapped
 * differently keeps every correction applied and every id; a parse that now
 * gets it right by itself, or reads a finding differently, makes the
 * correction an error saying what to do — never silently skipped.
 */
import { describe, expect, it } from 'vitest';
import { documentOf, ingest, seeds } from './ingest-with-corrections.ts';
import { rewrap } from './rewrap.ts';

const LEICESTER = 'leicester-2009-08';
const corrections = `corrections:
  - split: Workforce capacity is sufficient overall
    at: The duty team currently
    reason: Two points, printed as one bullet.
  - merge:
      - Record keeping overall was insufficiently focused
      - While supervision records demonstrate
    reason: One point about records, printed as two bullets.
  - finding: Child protection enquiries in relation to disabled children
    judgement: area-for-development
    reason: A test of re-judging a finding.
`;

describe('re-ingest after the parse changes', () => {
  const first = ingest(seeds(), { [LEICESTER]: corrections });
  const doc = documentOf(first, LEICESTER).document;

  it('a differently wrapped source: corrections still apply, ids and texts stay, only lines move', () => {
    const wrapped = ingest(seeds({ '000': rewrap }), { [LEICESTER]: corrections }, first.registry);
    const again = documentOf(wrapped, LEICESTER).document;
    expect(
      again.findings.map(({ id, judgement, text, corrections }) => ({
        id,
        judgement,
        text,
        corrections,
      })),
    ).toEqual(
      doc.findings.map(({ id, judgement, text, corrections }) => ({
        id,
        judgement,
        text,
        corrections,
      })),
    );
    expect(again.findings.map((f) => f.line)).not.toEqual(doc.findings.map((f) => f.line));
    expect(Object.values(wrapped.registry.ids).filter((e) => e.status === 'active')).toEqual(
      Object.values(first.registry.ids).filter((e) => e.status === 'active'),
    );
  });

  it('a parse that now splits the finding itself: the split is an error naming file, line and reason; nothing else stops', () => {
    const bulleted = (text: string) =>
      text.replace(' The duty team currently has no', '\n- The duty team currently has no');
    const result = ingest(seeds({ '000': bulleted }), { [LEICESTER]: corrections }, first.registry);
    expect(result.errors).toEqual([
      {
        file: expect.stringMatching(/^000_/),
        message: expect.stringMatching(
          /^not written this time, its corrections failed: seeds\/corrections\/leicester-2009-08\.yaml:2: split: the parse already splits it there: the next finding starts with "The duty team currently" — delete this correction \(reason given: "Two points, printed as one bullet\."\)$/,
        ),
      },
    ]);
    expect(result.outputs.map((o) => o.document.slug)).not.toContain(LEICESTER);
    expect(result.outputs).toHaveLength(4);
  });

  it('a finding the parse now reads differently: the quote is an error that says to copy the words as they read now', () => {
    const reworded = (text: string) =>
      text.replace(
        'Record keeping overall was insufficiently focused',
        'Record keeping was overall insufficiently focused',
      );
    const result = ingest(seeds({ '000': reworded }), { [LEICESTER]: corrections }, first.registry);
    expect(result.errors[0].message).toMatch(
      /leicester-2009-08\.yaml:5: merge: no finding contains "Record keeping overall was insufficiently focused" — the parse may now read it differently: copy a few words of the finding as it reads now/,
    );
  });
});
