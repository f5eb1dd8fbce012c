import type { ParsedDocument } from '../parse/parsed-types.ts';
import type { DocumentWarning } from '../warnings.ts';
import { findTruncation } from './truncation.ts';

/**
 * A parsed document with the truncation check applied: when the text ends
 * early (with evidence, see `findTruncation`) the document is kept, flagged
 * `incomplete` with the reason, its cut finding flagged `incomplete`, and a
 * warning added for the intake report.
 */
export function markTruncation<T extends ParsedDocument>(
  parsed: T,
  text: string,
  warnings: DocumentWarning[],
): T {
  const truncation = findTruncation(parsed.findings, { closed: parsed.closed, text });
  if (!truncation) return parsed;
  const findings = parsed.findings.map((finding, i) =>
    i === truncation.cut ? { ...finding, incomplete: true as const } : finding,
  );
  const last = parsed.findings.at(-1);
  warnings.push({
    code: 'incomplete',
    message: `${truncation.reason}${truncation.cut === undefined ? '' : ` Finding ${truncation.cut + 1} is cut and flagged incomplete.`} ${parsed.findings.length} finding(s) kept — supply the whole document if you have it.`,
    ...(last ? { line: last.line } : {}),
  });
  return { ...parsed, findings, incomplete: { reason: truncation.reason } };
}
