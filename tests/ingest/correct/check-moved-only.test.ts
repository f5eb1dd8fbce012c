/** The lossless rule for corrections, on a parsed seed: moving text passes, dropping, adding or crossing sections fails. */
import { describe, expect, it } from 'vitest';
import { checkMovedOnly } from '../../../scripts/ingest/correct/check-moved-only.ts';
import { splitFinding } from '../../../scripts/ingest/correct/finding-corrections.ts';
import type { LocatedCorrection } from '../../../scripts/ingest/correct/read-corrections.ts';
import { parseDocument } from '../../../scripts/ingest/parse-document.ts';
import { AUTHORITIES, SEED_FILES, seedBytes } from '../../helpers/seeds.ts';

const doc = parseDocument(SEED_FILES[0], seedBytes(SEED_FILES[0]), AUTHORITIES);
const split: LocatedCorrection = {
  kind: 'split',
  split: 'Workforce capacity',
  at: 'The duty team',
  reason: 'two points',
  line: 7,
};
const PATH = 'seeds/corrections/leicester-2009-08.yaml';

describe('checkMovedOnly', () => {
  it('passes a split: text moved between findings of one section', () => {
    expect(() => checkMovedOnly(doc, splitFinding(doc, split), PATH, split)).not.toThrow();
  });

  it.each([
    ['drops a word', (text: string) => text.replace(' overall', '')],
    ['adds a word', (text: string) => `${text} Indeed.`],
  ])('fails when a correction %s, naming file, line and reason', (_, change) => {
    const i = doc.findings.findIndex((f) => f.text.startsWith('Workforce capacity'));
    const changed = {
      ...doc,
      findings: doc.findings.map((f, j) => (j === i ? { ...f, text: change(f.text) } : f)),
    };
    expect(() => checkMovedOnly(doc, changed, PATH, split)).toThrow(
      `${PATH}:7: split: this correction would drop or add text in the findings — corrections may only move text between findings of one section (reason given: "two points")`,
    );
  });

  it('fails when text moves from one section to another', () => {
    const [a, b] = [doc.sections[0], doc.sections[1]];
    const moved = {
      ...doc,
      sections: doc.sections.map((s) =>
        s === a
          ? { ...s, findings: s.findings.slice(0, -1) }
          : s === b
            ? { ...s, findings: [a.findings.at(-1)!, ...s.findings] }
            : s,
      ),
    };
    expect(() => checkMovedOnly(doc, moved, PATH, split)).toThrow(
      /:7: split: this correction would drop or add text/,
    );
  });
});
