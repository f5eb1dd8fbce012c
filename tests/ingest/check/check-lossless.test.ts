import { describe, expect, it } from 'vitest';
import { checkLossless } from '../../../scripts/ingest/check/check-lossless.ts';
import { draftFinding } from '../../../scripts/ingest/parse/extract-findings.ts';
import { parseDocument } from '../../../scripts/ingest/parse-document.ts';
import { AUTHORITIES, SEED_FILES, seedBytes } from '../../helpers/seeds.ts';

const text = [
  'Strengths',
  '<ul style="list-style-type: none"> ▪ One good thing. ▪ Another good',
  '',
  'INVESTOR IN PEOPLE',
  '',
  'thing here.',
  'Areas for development',
].join('\n');
const sections = [{ start: 2, end: 7, findings: [0, 1] }];

describe('the lossless check', () => {
  it('passes when the findings hold exactly the section text (furniture and markers aside)', () => {
    const findings = [
      draftFinding('strength', 'Strengths', 'One good thing.', 2),
      draftFinding('strength', 'Strengths', 'Another good thing here.', 2),
    ];
    expect(() => checkLossless(text, sections, findings)).not.toThrow();
  });
  it('fails, naming the line, when a sentence is dropped', () => {
    const findings = [
      draftFinding('strength', 'Strengths', 'One good thing.', 2),
      draftFinding('strength', 'Strengths', 'Another good', 2),
    ];
    expect(() => checkLossless(text, sections, findings)).toThrow(
      expect.objectContaining({ line: 2, message: expect.stringMatching(/lose or change text/) }),
    );
  });
  it('fails when a sentence is doubled', () => {
    const findings = [
      draftFinding('strength', 'Strengths', 'One good thing. Another good thing here.', 2),
      draftFinding('strength', 'Strengths', 'Another good thing here.', 2),
    ];
    expect(() => checkLossless(text, sections, findings)).toThrow(/lose or change text/);
  });
  it('holds for every seed (ingest runs it on every file)', () => {
    for (const name of SEED_FILES)
      expect(() => parseDocument(name, seedBytes(name), AUTHORITIES)).not.toThrow();
  });
});
