/**
 * Corrections by hand end to end through the pure ingest core: each kind of
 * correction on a seed, ids kept across re-ingests, the written MDX, and a
 * re-ingest after the source is wrapped differently.
 */
import { describe, expect, it } from 'vitest';
import { documentOf, ingest, seeds } from './ingest-with-corrections.ts';

const LEICESTER = 'leicester-2009-08';
const split = `corrections:
  - split: Action needed to ensure children's safety
    at: Practice and procedures comply
    reason: These are two separate requirements met, printed as one bullet.
  - split: Workforce capacity is sufficient overall
    at: The duty team currently
    reason: A test of a split whose first part is the shorter one.
`;
const merge = `corrections:
  - merge:
      - Initial responses by social care staff are inconsistent
      - Workforce capacity is sufficient overall
    reason: One point about the duty team, printed as two bullets.
`;
const judgement = `corrections:
  - finding: Child protection enquiries in relation to disabled children
    judgement: area-for-development
    reason: A test of re-judging a finding.
`;
const metadata = `corrections:
  - field: letterDate
    value: 2009-09-03
    reason: A test of a metadata correction.
  - incomplete: true
    reason: A test of marking a document incomplete.
  - finding: While supervision records demonstrate timely case management
    incomplete: true
    reason: A test of marking a finding incomplete.
`;

describe('corrections by hand', () => {
  const plain = ingest(seeds(), {});
  const before = documentOf(plain, LEICESTER).document;
  const idOf = (text: string) => before.findings.find((f) => f.text.startsWith(text))!.id;

  it('split: the first part keeps the id, the second gets a new one, text only moves, both say why', () => {
    const first = ingest(seeds(), { [LEICESTER]: split }, plain.registry);
    const doc = documentOf(first, LEICESTER).document;
    const [a, b] = doc.findings.filter((f) => f.judgement === 'meets-requirements').slice(0, 2);
    expect(a).toMatchObject({
      id: idOf('Action needed'),
      text: "Action needed to ensure children's safety is identified and implemented promptly.",
    });
    expect(b).toMatchObject({
      id: `${LEICESTER}-m6`,
      text: 'Practice and procedures comply with statutory requirements.',
    });
    expect(a.corrections).toEqual([
      {
        change: expect.stringMatching(/^split/),
        reason: 'These are two separate requirements met, printed as one bullet.',
      },
    ]);
    expect(doc.findings.map((f) => f.position)).toEqual(doc.findings.map((_, i) => i + 1));
    const [c, d] = doc.findings.filter(
      (f) => f.text.startsWith('Workforce') || f.text.startsWith('The duty team'),
    );
    expect(c).toMatchObject({
      id: idOf('Workforce'),
      text: expect.stringMatching(/is too low\.$/),
    });
    expect(d).toMatchObject({
      id: `${LEICESTER}-d6`,
      text: expect.stringMatching(/^The duty team currently has no qualified social workers/),
    });
    expect(doc.findings).toHaveLength(before.findings.length + 2);
    const mdx = documentOf(first, LEICESTER).mdx;
    expect(mdx.indexOf(`<Finding id="${a.id}"`)).toBeLessThan(mdx.indexOf(`<Finding id="${b.id}"`));
    // Re-ingest: the same ids, the same texts.
    const again = documentOf(
      ingest(seeds(), { [LEICESTER]: split }, first.registry),
      LEICESTER,
    ).document;
    expect(again.findings).toEqual(doc.findings);
  });

  it('merge: the merged finding keeps the first id, the second id retires, stable on re-ingest', () => {
    const first = ingest(seeds(), { [LEICESTER]: merge }, plain.registry);
    const doc = documentOf(first, LEICESTER).document;
    const merged = doc.findings.find((f) => f.text.startsWith('Initial responses'))!;
    expect(merged.id).toBe(idOf('Initial responses'));
    expect(merged.text).toBe(
      `${before.findings.find((f) => f.id === idOf('Initial responses'))!.text} ${before.findings.find((f) => f.id === idOf('Workforce'))!.text}`,
    );
    expect(first.registry.ids[idOf('Workforce')].status).toBe('retired');
    expect(doc.findings).toHaveLength(before.findings.length - 1);
    expect(
      documentOf(ingest(seeds(), { [LEICESTER]: merge }, first.registry), LEICESTER).document
        .findings,
    ).toEqual(doc.findings);
  });

  it('judgement: the finding moves to the new judgement with a new id of that judgement, kept on re-ingest', () => {
    const first = ingest(seeds(), { [LEICESTER]: judgement }, plain.registry);
    const finding = documentOf(first, LEICESTER).document.findings.find((f) =>
      f.text.startsWith('Child protection enquiries in relation'),
    )!;
    expect(finding).toMatchObject({ judgement: 'area-for-development', id: `${LEICESTER}-d6` });
    expect(finding.corrections![0].change).toBe(
      'judgement set to area for development; the parse read strength',
    );
    expect(first.registry.ids[idOf('Child protection enquiries in relation')].status).toBe(
      'retired',
    );
    expect(
      documentOf(ingest(seeds(), { [LEICESTER]: judgement }, first.registry), LEICESTER).document
        .findings,
    ).toEqual(documentOf(first, LEICESTER).document.findings);
  });

  it('metadata and incomplete: fields set, marks added, every change noted with its reason, ids unchanged', () => {
    const doc = documentOf(
      ingest(seeds(), { [LEICESTER]: metadata }, plain.registry),
      LEICESTER,
    ).document;
    if (doc.kind !== 'ofsted-letter') throw new Error('kind');
    expect(doc.letterDate).toBe('2009-09-03');
    expect(doc.incomplete).toEqual({ reason: 'A test of marking a document incomplete.' });
    expect(doc.corrections!.map((c) => c.change)).toEqual([
      'letter date set to 2009-09-03; the parse read 2009-09-02',
      'marked incomplete: the original has more than this text',
    ]);
    const finding = doc.findings.find((f) => f.text.startsWith('While supervision'))!;
    expect(finding).toMatchObject({
      incomplete: true,
      corrections: [{ reason: 'A test of marking a finding incomplete.' }],
    });
    expect(doc.findings.map((f) => f.id)).toEqual(before.findings.map((f) => f.id));
    expect(doc.slug).toBe(LEICESTER);
  });

  it("a corrected inspection date keeps the document's address and ids; people and ranges read as on the page", () => {
    const yaml =
      'corrections:\n  - field: inspection\n    value: { start: 2009-08-11, end: 2009-08-13 }\n    reason: r1\n  - field: inspector\n    value: { name: Heather Brown, role: HMI }\n    reason: r2\n';
    const doc = documentOf(
      ingest(seeds(), { [LEICESTER]: yaml }, plain.registry),
      LEICESTER,
    ).document;
    expect(doc.corrections!.map((c) => c.change)).toEqual([
      'inspection dates set to 2009-08-11 to 2009-08-13; the parse read 2009-08-11 to 2009-08-12',
      'inspector set to Heather Brown, HMI; the parse read Heather Brown, Divisional Manager, Social Care Safeguarding',
    ]);
    expect(doc.slug).toBe(LEICESTER);
    expect(doc.findings.map((f) => f.id)).toEqual(before.findings.map((f) => f.id));
  });

  it('leaves documents without corrections byte for byte as they were', () => {
    const corrected = ingest(
      seeds(),
      { [LEICESTER]: `${judgement}${metadata.replace('corrections:\n', '')}` },
      plain.registry,
    );
    for (const output of plain.outputs.filter((o) => o.document.slug !== LEICESTER)) {
      expect(documentOf(corrected, output.document.slug).mdx).toBe(output.mdx);
    }
    expect(plain.outputs.every((o) => !o.mdx.includes('corrections:'))).toBe(true);
  });
});
