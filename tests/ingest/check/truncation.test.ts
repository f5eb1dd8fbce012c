/**
 * Truncated documents are kept, flagged incomplete only with evidence, with
 * their complete findings intact and the cut finding flagged; ingest lists a
 * warning for each.
 */
import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../scripts/ingest/ingest-documents.ts';
import { emptyRegistry } from '../../../src/schemas/finding-ids.ts';
import { AUTHORITIES } from '../../helpers/seeds.ts';
import { parseText, seedText } from '../../helpers/parse-text.ts';

const leicester = seedText(0);
const london = seedText(1);
const leeds = seedText(4);
const texts = (text: string) => parseText(text).findings.map((f) => f.text);

describe('truncation with evidence', () => {
  it('a letter cut before "Areas for development": kept, flagged (no closing), its 13 findings intact, none cut', () => {
    const doc = parseText(leicester.slice(0, leicester.indexOf('Areas for development')));
    expect(doc.incomplete?.reason).toMatch(/stops before any closing/);
    expect(doc.findings.map((f) => f.text)).toEqual(texts(leicester).slice(0, 13));
    expect(doc.findings.some((f) => f.incomplete)).toBe(false);
    expect(doc.warnings).toEqual([
      expect.objectContaining({
        code: 'incomplete',
        message: expect.stringMatching(/13 finding\(s\) kept/),
      }),
    ]);
  });
  it('a letter cut mid-sentence in a finding: that finding flagged incomplete with the words that are there', () => {
    const cut = leicester.indexOf('not sufficiently efficient') + 'not sufficiently'.length;
    const doc = parseText(leicester.slice(0, cut));
    expect(doc.incomplete?.reason).toMatch(/middle of a sentence of its last finding/);
    const last = doc.findings.at(-1)!;
    expect(last).toMatchObject({
      incomplete: true,
      text: 'The arrangements for transferring cases between teams are not sufficiently',
    });
    expect(doc.findings.slice(0, -1).map((f) => f.text)).toEqual(
      texts(leicester).slice(0, doc.findings.length - 1),
    );
    expect(doc.findings.slice(0, -1).some((f) => f.incomplete)).toBe(false);
  });
  it('"Page 2 of 3" as the last footer of a text without its closing is named in the reason', () => {
    const paged = leicester.replace('INVESTOR IN PEOPLE', 'Page 1 of 3');
    const doc = parseText(
      paged.slice(0, paged.indexOf('From the evidence gathered, the following strengths')),
    );
    expect(doc.incomplete?.reason).toMatch(
      /page footers stop at page 1 of 3.*stops before any closing/,
    );
  });
  it('a closed letter whose footers stop short is not flagged (extractors drop footers)', () => {
    const doc = parseText(
      london
        .replace('Areas for development\n', 'Page 1 of 3\nAreas for development\n')
        .replace('Yours sincerely', 'Page 2 of 3\n\nYours sincerely'),
    );
    expect(doc.incomplete).toBeUndefined();
  });
  it('a missing signature page alone is not evidence: the closing formula closes the letter', () => {
    const doc = parseText(london.slice(0, london.indexOf('Yours sincerely')));
    expect(doc.incomplete).toBeUndefined();
    expect(doc.findings.map((f) => f.text)).toEqual(texts(london));
    expect(doc.kind === 'ofsted-letter' && doc.inspector.name).toMatch(/^Not stated/);
    expect(doc.warnings.map((w) => w.code)).toEqual(['no-signature']);
  });
  it('complete seeds are not flagged', () => {
    for (const text of [leicester, london, leeds])
      expect(parseText(text).incomplete).toBeUndefined();
  });
  it('a council report cut mid-finding: flagged, the cut finding flagged, the others intact', () => {
    const cut = leeds.indexOf('for when joint visits');
    const doc = parseText(leeds.slice(0, cut));
    expect(doc.incomplete?.reason).toMatch(/middle of a sentence/);
    expect(doc.findings.at(-1)).toMatchObject({
      incomplete: true,
      text: 'Adherence to the protocol',
    });
    expect(doc.findings.slice(0, -1).map((f) => f.text)).toEqual(
      texts(leeds).slice(0, doc.findings.length - 1),
    );
  });
  it('a council report that stops after its findings, before any conclusion: flagged, nothing cut', () => {
    const doc = parseText(leeds.slice(0, leeds.indexOf('- 3.5')));
    expect(doc.incomplete?.reason).toMatch(/stops before any closing/);
    expect(doc.findings.map((f) => f.text)).toEqual(texts(leeds));
  });
});

describe('ingest carries the flags and the warning', () => {
  it('the document and its cut finding are flagged in the data, and the output lists the warning', () => {
    const cut = leicester.indexOf('not sufficiently efficient') + 'not sufficiently'.length;
    const context = { authorities: AUTHORITIES, registry: emptyRegistry(), tagThemes: () => [] };
    const result = ingestDocuments(
      [{ name: 'cut.txt', bytes: new TextEncoder().encode(leicester.slice(0, cut)) }],
      context,
    );
    expect(result.errors).toEqual([]);
    const [output] = result.outputs;
    expect(output.document.incomplete?.reason).toMatch(/ends early/);
    expect(output.document.findings.at(-1)?.incomplete).toBe(true);
    expect(output.warnings).toEqual([
      expect.objectContaining({ code: 'incomplete', line: expect.any(Number) }),
    ]);
  });
});
