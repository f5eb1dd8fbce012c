import type { Correction } from '../../../src/schemas/corrections.ts';
import type { ParsedFile } from '../parse-document.ts';
import type { DocumentWarning } from '../warnings.ts';

/** A parsed document with the warnings its checks gave (the intake report lists them). */
type Warned = ParsedFile & { warnings?: DocumentWarning[] };

/** Mark the document's open warnings of one code as reviewed, with the reason; throws when there are none. */
export function markReviewed<T extends Warned>(doc: T, code: string, reason: string): T {
  const open = (doc.warnings ?? []).filter((w) => w.code === code && w.reviewed === undefined);
  if (open.length === 0)
    throw new Error(
      `the parse gives no open \`${code}\` warning for this document now — delete this correction`,
    );
  return {
    ...doc,
    warnings: doc.warnings!.map((w) => (open.includes(w) ? { ...w, reviewed: reason } : w)),
  };
}

/**
 * A person looked at a warning and the document is right: the warning stays
 * in the intake report, marked reviewed with the reason, and no longer flags
 * the document. Nothing changes for readers.
 */
export function reviewWarning(
  doc: ParsedFile,
  c: Extract<Correction, { kind: 'reviewed' }>,
): ParsedFile {
  return markReviewed(doc as Warned, c.reviewed, c.reason);
}
