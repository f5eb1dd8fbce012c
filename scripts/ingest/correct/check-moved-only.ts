import { essence } from '../check/check-lossless.ts';
import type { ParsedFile } from '../parse-document.ts';
import { CorrectionError } from './correction-error.ts';
import type { LocatedCorrection } from './read-corrections.ts';

/** Letters and digits of each findings section, in order: what the lossless check compared with the source. */
const sectionText = (doc: ParsedFile): string =>
  doc.sections
    .map((s) => essence(s.findings.map((i) => doc.findings[i].text).join(' ')))
    .join('\n');

/**
 * The lossless check's rule for corrections: after a correction every findings
 * section holds the same letters and digits as before, in the same order — text
 * may move between findings of a section, never be dropped, added or moved to
 * another section. The parse was checked against the source; this keeps that
 * true of the corrected document. Throws naming the corrections file, line and reason.
 */
export function checkMovedOnly(
  before: ParsedFile,
  after: ParsedFile,
  path: string,
  c: LocatedCorrection,
): void {
  if (sectionText(after) !== sectionText(before)) {
    throw new CorrectionError(
      path,
      c.line,
      `${c.kind}: this correction would drop or add text in the findings — corrections may only move text between findings of one section (reason given: "${c.reason}")`,
    );
  }
}
