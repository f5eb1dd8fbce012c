import { judgementLabel } from '../../../src/lib/judgements.ts';
import type { Correction } from '../../../src/schemas/corrections.ts';
import type { CorrectionNote } from '../../../src/schemas/document.ts';
import { detectRepeat } from '../parse/detect-repeat.ts';
import type { ParsedFile } from '../parse-document.ts';
import type { DraftFinding } from '../parse/parsed-types.ts';
import { findFinding, phraseOffsets } from './find-finding.ts';
import { reindex } from './reindex.ts';

/**
 * A finding as corrected. `was` is its text as parsed, before any correction:
 * the id assigner matches it too, so the first part of a split and the result
 * of a merge keep the id the finding had before it was corrected.
 */
export type CorrectedFinding = DraftFinding & { was?: string };

const noted = (f: CorrectedFinding, note: CorrectionNote): CorrectionNote[] => [
  ...(f.corrections ?? []),
  note,
];
const retext = (f: CorrectedFinding, text: string): CorrectedFinding => ({
  ...f,
  text,
  repeatsPrevious: detectRepeat(text),
});

/** Cut a finding in two where the phrase `at` begins. */
export function splitFinding(
  doc: ParsedFile,
  c: Extract<Correction, { kind: 'split' }>,
): ParsedFile {
  const findings: CorrectedFinding[] = doc.findings;
  const i = findFinding(findings, c.split);
  const f = findings[i];
  const offsets = phraseOffsets(f.text, c.at);
  if (
    offsets.length === 0 &&
    i + 1 < findings.length &&
    phraseOffsets(findings[i + 1].text, c.at)[0] === 0
  ) {
    throw new Error(
      `the parse already splits it there: the next finding starts with "${c.at}" — delete this correction`,
    );
  }
  if (offsets.length !== 1)
    throw new Error(
      offsets.length === 0
        ? `\`at\`: the finding does not contain "${c.at}" — copy the words where the second part should start`
        : `\`at\`: "${c.at}" is ${offsets.length} times in the finding — quote more words`,
    );
  if (f.text.slice(0, offsets[0]).trim() === '')
    throw new Error(
      `the finding already starts with "${c.at}": nothing to split — if the parse now splits it by itself, delete this correction`,
    );
  const { incomplete, was, ...rest } = f;
  const first = {
    ...retext(rest, f.text.slice(0, offsets[0]).trimEnd()),
    was: was ?? f.text,
    corrections: noted(f, {
      change: 'split: the parse read this and the next finding as one',
      reason: c.reason,
    }),
  };
  const second = {
    ...retext(rest, f.text.slice(offsets[0]).trimStart()),
    ...(incomplete ? { incomplete } : {}),
    corrections: noted(f, {
      change: 'split: the parse read this and the finding before as one',
      reason: c.reason,
    }),
  };
  const result = reindex(doc, (j) => (j < i ? [j] : j === i ? [i, i + 1] : [j + 1]));
  return {
    ...result,
    findings: [...findings.slice(0, i), first, second, ...findings.slice(i + 1)],
  };
}

/** Join consecutive findings of one findings section into the first. */
export function mergeFindings(
  doc: ParsedFile,
  c: Extract<Correction, { kind: 'merge' }>,
): ParsedFile {
  const findings: CorrectedFinding[] = doc.findings;
  const at = c.merge.map((quote) => findFinding(findings, quote));
  const [i, last] = [at[0], at.at(-1)!];
  if (at.some((index, k) => index !== i + k))
    throw new Error(
      `the findings quoted are numbers ${at.map((n) => n + 1).join(', ')} in the document — only findings next to each other, quoted in their order, can be merged`,
    );
  const parts = findings.slice(i, last + 1);
  if (
    !doc.sections.some((s) => at.every((index) => s.findings.includes(index))) ||
    parts.some((p) => p.judgement !== parts[0].judgement)
  ) {
    throw new Error(
      'the findings quoted are under different headings or judgements — only findings of one findings section can be merged',
    );
  }
  const notes = [
    ...new Set(parts.flatMap((p) => p.corrections ?? []).map((n) => JSON.stringify(n))),
  ].map((n) => JSON.parse(n) as CorrectionNote);
  const { incomplete, ...head } = parts[0];
  const merged: CorrectedFinding = {
    ...retext(head, parts.map((p) => p.text).join(' ')),
    ...(parts.at(-1)!.incomplete ? { incomplete: true as const } : {}),
    was: head.was ?? head.text,
    corrections: [
      ...notes,
      { change: `merged: the parse read this as ${parts.length} findings`, reason: c.reason },
    ],
  };
  const result = reindex(doc, (j) => (j <= i ? [j] : j <= last ? [] : [j - (last - i)]));
  return { ...result, findings: [...findings.slice(0, i), merged, ...findings.slice(last + 1)] };
}

/** Give a finding another judgement, or mark it as stopping early. */
export function correctFinding(
  doc: ParsedFile,
  c: Extract<Correction, { kind: 'finding' }>,
): ParsedFile {
  const i = findFinding(doc.findings, c.finding);
  const f = doc.findings[i];
  let changed: DraftFinding;
  if (c.judgement) {
    if (f.judgement === c.judgement)
      throw new Error(
        `the finding is already a ${judgementLabel(c.judgement).toLowerCase()} — if the parse now gets it right, delete this correction`,
      );
    changed = {
      ...f,
      judgement: c.judgement,
      corrections: noted(f, {
        change: `judgement set to ${judgementLabel(c.judgement).toLowerCase()}; the parse read ${judgementLabel(f.judgement).toLowerCase()}`,
        reason: c.reason,
      }),
    };
  } else {
    if (f.incomplete)
      throw new Error('the parse already marks the finding incomplete — delete this correction');
    changed = {
      ...f,
      incomplete: true,
      corrections: noted(f, {
        change: 'marked incomplete: the original may have more of this finding',
        reason: c.reason,
      }),
    };
  }
  return { ...doc, findings: doc.findings.map((g, j) => (j === i ? changed : g)) };
}
