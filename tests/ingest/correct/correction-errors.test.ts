/**
 * Bad corrections files: each error names the corrections file and line and
 * says how to fix it; the document it corrects is not written this time; every
 * other document is.
 */
import { describe, expect, it } from 'vitest';
import { ingest, seeds } from './ingest-with-corrections.ts';

const LEICESTER = 'leicester-2009-08';
const files = seeds();

function failure(slug: string, yaml: string) {
  const result = ingest(files, { [slug]: yaml });
  expect(result.outputs.map((o) => o.document.slug)).not.toContain(slug);
  expect(result.outputs).toHaveLength(4);
  expect(result.errors).toHaveLength(1);
  return result.errors[0].message;
}

describe('bad corrections files', () => {
  it('not YAML', () => {
    expect(failure(LEICESTER, 'corrections:\n  - split: "unclosed\n')).toMatch(
      /leicester-2009-08\.yaml:3: not valid YAML: Missing closing/,
    );
  });

  it('no corrections list', () => {
    expect(failure(LEICESTER, 'split: x\n')).toMatch(
      /leicester-2009-08\.yaml:1: expected one key, `corrections:`/,
    );
  });

  it('an entry of no known kind, and a missing reason', () => {
    expect(
      failure(
        LEICESTER,
        'corrections:\n  - field: title\n    value: A title\n    reason: fine\n  - rename: x\n    reason: y\n',
      ),
    ).toMatch(
      /\.yaml:5: an entry must start with one of `split:`, `merge:`, `field:`, `finding:`, `incomplete:`/,
    );
    expect(
      failure(
        LEICESTER,
        'corrections:\n  - merge: [Initial responses by social care, Workforce capacity is]\n',
      ),
    ).toMatch(/\.yaml:2: merge correction: reason: /);
  });

  it('an unknown judgement lists the allowed ones', () => {
    expect(
      failure(
        LEICESTER,
        'corrections:\n  - finding: Workforce capacity\n    judgement: weakness\n    reason: r\n',
      ),
    ).toMatch(/\.yaml:2: finding correction: judgement: .*"priority-action"/);
  });

  it('a field the document does not have, and a value of the wrong shape', () => {
    expect(
      failure(
        'leeds-2011-01-council-report',
        'corrections:\n  - field: letterDate\n    value: 2011-01-05\n    reason: r\n',
      ),
    ).toMatch(
      /leeds-2011-01-council-report\.yaml:2: field: a council report has no field `letterDate`/,
    );
    expect(
      failure(
        LEICESTER,
        'corrections:\n  - field: letterDate\n    value: 3 September 2009\n    reason: r\n',
      ),
    ).toMatch(/\.yaml:2: field: `value` is not a valid letterDate: expected YYYY-MM-DD/);
  });

  it('a quote that names several findings, or findings that are not neighbours in one section', () => {
    expect(
      failure(
        LEICESTER,
        'corrections:\n  - finding: social workers\n    incomplete: true\n    reason: r\n',
      ),
    ).toMatch(
      /"social workers" is in 2 findings \(numbers 5, 15 in the document\) — quote more words/,
    );
    expect(
      failure(
        LEICESTER,
        'corrections:\n  - merge: [Initial responses by social care, The arrangements for transferring cases]\n    reason: r\n',
      ),
    ).toMatch(/only findings next to each other, quoted in their order, can be merged/);
    expect(
      failure(
        LEICESTER,
        'corrections:\n  - merge: [Child protection enquiries in relation to disabled, Initial responses by social care]\n    reason: r\n',
      ),
    ).toMatch(/under different headings or judgements/);
  });

  it('a correction the parse has made unnecessary', () => {
    expect(
      failure(
        LEICESTER,
        'corrections:\n  - field: letterDate\n    value: 2009-09-02\n    reason: r\n',
      ),
    ).toMatch(
      /letterDate is already 2009-09-02 — if the parse now gets it right, delete this correction/,
    );
    expect(failure(LEICESTER, 'corrections:\n  - incomplete: false\n    reason: r\n')).toMatch(
      /already marks the document complete — delete this correction/,
    );
  });

  it('a file in the corrections folder not named .yaml is an error, not ignored', () => {
    const result = ingest(files, { 'leicester-2009-08.yml': 'corrections: []\n' });
    expect(result.outputs).toHaveLength(5);
    expect(result.errors).toEqual([
      {
        file: 'seeds/corrections/leicester-2009-08.yml',
        message: 'not read: a corrections file is named <document slug>.yaml',
      },
    ]);
  });

  it('a corrections file for no document', () => {
    const result = ingest(files, { 'leicester-2009-09': 'corrections: []\n' });
    expect(result.outputs).toHaveLength(5);
    expect(result.errors).toEqual([
      {
        file: 'seeds/corrections/leicester-2009-09.yaml',
        message: expect.stringMatching(
          /no document has the slug "leicester-2009-09" — a corrections file is named after the address/,
        ),
      },
    ]);
  });
});
