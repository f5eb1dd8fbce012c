import type { Correction } from '../../../src/schemas/corrections.ts';
import type { ParsedFile } from '../parse-document.ts';
import { checkMovedOnly } from './check-moved-only.ts';
import { CorrectionError } from './correction-error.ts';
import { markIncomplete, setField } from './document-corrections.ts';
import { correctFinding, mergeFindings, splitFinding } from './finding-corrections.ts';
import { reviewWarning } from './review-warnings.ts';
import type { LocatedCorrection } from './read-corrections.ts';

const APPLY: {
  [K in Correction['kind']]: (doc: ParsedFile, c: Extract<Correction, { kind: K }>) => ParsedFile;
} = {
  split: splitFinding,
  merge: mergeFindings,
  finding: correctFinding,
  field: setField,
  incomplete: markIncomplete,
  reviewed: reviewWarning,
};

/**
 * Apply a document's corrections in file order. Each must find its target
 * (a correction the parse has made unnecessary or impossible is an error
 * saying what to do, never skipped), and each may only move text between the
 * findings of a section — the lossless check's rule — never drop or add any.
 */
export function applyCorrections(
  doc: ParsedFile,
  corrections: readonly LocatedCorrection[],
  path: string,
): ParsedFile {
  let current = doc;
  for (const c of corrections) {
    const before = current;
    try {
      current = (APPLY[c.kind] as (d: ParsedFile, c: Correction) => ParsedFile)(current, c);
    } catch (error) {
      throw new CorrectionError(
        path,
        c.line,
        `${c.kind}: ${error instanceof Error ? error.message : String(error)} (reason given: "${c.reason}")`,
      );
    }
    checkMovedOnly(before, current, path, c);
  }
  if (current.kind === 'ofsted-letter')
    current = {
      ...current,
      priorityActionsIdentified: current.findings.some((f) => f.judgement === 'priority-action'),
    };
  return current;
}
