/**
 * Reviewing the parse's warnings by hand: a `reviewed` correction marks the
 * warnings of its code reviewed (they stop flagging the document); clearing a
 * wrong incomplete mark reviews the parse's `incomplete` warning; a review of a
 * warning the parse no longer gives is an error.
 */
import { describe, expect, it } from 'vitest';
import { correctDocuments } from '../../../scripts/ingest/correct/correct-documents.ts';
import { parseDocument } from '../../../scripts/ingest/parse-document.ts';
import type { DocumentWarning } from '../../../scripts/ingest/warnings.ts';
import { intakeRows } from '../../../scripts/ingest/report/intake-rows.ts';
import { AUTHORITIES, SEED_FILES, seedBytes } from '../../helpers/seeds.ts';
import { ingest, seeds } from './ingest-with-corrections.ts';

const parsed = parseDocument(SEED_FILES[0], seedBytes(SEED_FILES[0]), AUTHORITIES);
const MISMATCH: DocumentWarning = {
  code: 'summary-mismatch',
  message: 'the document says "two areas for development" (2) but 5 were parsed',
  line: 35,
};
const CUT: DocumentWarning = {
  code: 'incomplete',
  message: 'the last finding stops mid-sentence',
  line: 70,
};
const file = (text: string) => ({
  path: 'seeds/corrections/leicester-2009-08.yaml',
  slug: 'leicester-2009-08',
  text,
});
const warned = (warnings: DocumentWarning[], extra = {}) => ({ ...parsed, ...extra, warnings });
const run = (doc: ReturnType<typeof warned>, yaml: string) =>
  correctDocuments([doc], [file(yaml)], 0);

describe('reviewed warnings', () => {
  it('a reviewed correction marks every open warning of its code, and changes nothing readers see', () => {
    const { documents, errors } = run(
      warned([MISMATCH, CUT]),
      'corrections:\n  - reviewed: summary-mismatch\n    reason: The summary miscounts; the letter lists five.\n',
    );
    expect(errors).toEqual([]);
    const doc = documents[0] as (typeof documents)[0] & { warnings: DocumentWarning[] };
    expect(doc.warnings).toEqual([
      { ...MISMATCH, reviewed: 'The summary miscounts; the letter lists five.' },
      CUT,
    ]);
    expect(doc.corrections).toBeUndefined();
    expect(doc.findings).toEqual(parsed.findings);
  });

  it("clearing a wrong incomplete mark reviews the parse's incomplete warning with the same reason", () => {
    const { documents } = run(
      warned([CUT], { incomplete: { reason: 'stops mid-sentence' } }),
      'corrections:\n  - incomplete: false\n    reason: The original ends there too.\n',
    );
    const doc = documents[0] as (typeof documents)[0] & { warnings: DocumentWarning[] };
    expect(doc.incomplete).toBeUndefined();
    expect(doc.warnings).toEqual([{ ...CUT, reviewed: 'The original ends there too.' }]);
    expect(doc.corrections![0].change).toBe(
      'marked complete: the parse thought the text ended early (stops mid-sentence)',
    );
  });

  it('a review of a warning the parse no longer gives is an error saying to delete it', () => {
    const { documents, errors } = run(
      warned([CUT]),
      'corrections:\n  - reviewed: summary-mismatch\n    reason: r\n',
    );
    expect(documents).toEqual([]);
    expect(errors[0].message).toMatch(
      /leicester-2009-08\.yaml:2: reviewed: the parse gives no open `summary-mismatch` warning for this document now — delete this correction/,
    );
  });
});

describe('reviewed warnings end to end', () => {
  it('a truncated letter is flagged in the intake report until its incomplete warning is reviewed', () => {
    const cut = (text: string) => text.slice(0, text.indexOf('guidance and direction, recording'));
    const row = (corrections: Record<string, string>) => {
      const result = ingest(seeds({ '000': cut }), corrections);
      return intakeRows(result.outputs, result.errors).find((r) => r.slug === 'leicester-2009-08')!;
    };
    expect(row({})).toMatchObject({
      status: 'check',
      notes: [expect.stringMatching(/^The text ends early/)],
    });
    const reviewed = row({
      'leicester-2009-08':
        'corrections:\n  - reviewed: incomplete\n    reason: The copy received ends there.\n',
    });
    expect(reviewed).toMatchObject({
      status: 'ok',
      notes: [
        expect.stringMatching(/^reviewed \(The copy received ends there\.\): The text ends early/),
      ],
    });
  });
});
