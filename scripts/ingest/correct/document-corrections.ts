import { FIELD_LABELS, type Correction } from '../../../src/schemas/corrections.ts';
import {
  councilReportSchema,
  letterSchema,
  type CorrectionNote,
} from '../../../src/schemas/document.ts';
import type { ParsedFile } from '../parse-document.ts';
import { markReviewed } from './review-warnings.ts';

/** A metadata value as readers see it: dates as written, ranges "from to to", people "name, role", lists joined. */
function show(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(show).join('; ');
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, string>;
  return 'start' in v
    ? `${v.start} to ${v.end}`
    : 'name' in v
      ? [v.name, v.role].filter(Boolean).join(', ')
      : JSON.stringify(value);
}
const noted = (doc: ParsedFile, note: CorrectionNote): CorrectionNote[] => [
  ...(doc.corrections ?? []),
  note,
];

/**
 * Set one metadata field, checked against the document schema of the
 * document's kind. The slug and finding ids do not follow a corrected
 * inspection date: the document's address is already cited.
 */
export function setField(doc: ParsedFile, c: Extract<Correction, { kind: 'field' }>): ParsedFile {
  const shape: Record<
    string,
    {
      safeParse(value: unknown): {
        success: boolean;
        data?: unknown;
        error?: { issues: { message: string }[] };
      };
    }
  > = doc.kind === 'ofsted-letter' ? letterSchema.shape : councilReportSchema.shape;
  const schema = shape[c.field];
  if (!schema)
    throw new Error(
      `a ${doc.kind === 'ofsted-letter' ? 'letter' : 'council report'} has no field \`${c.field}\``,
    );
  const result = schema.safeParse(c.value);
  if (!result.success)
    throw new Error(`\`value\` is not a valid ${c.field}: ${result.error!.issues[0].message}`);
  const old = (doc as Record<string, unknown>)[c.field];
  if (JSON.stringify(old) === JSON.stringify(result.data))
    throw new Error(
      `${c.field} is already ${show(old)} — if the parse now gets it right, delete this correction`,
    );
  return {
    ...doc,
    [c.field]: result.data,
    corrections: noted(doc, {
      change: `${FIELD_LABELS[c.field]} set to ${show(result.data)}; the parse read ${show(old)}`,
      reason: c.reason,
    }),
  };
}

/** Mark the document incomplete (the original has more), or clear a mark the parse set in error. */
export function markIncomplete(
  doc: ParsedFile,
  c: Extract<Correction, { kind: 'incomplete' }>,
): ParsedFile {
  if (c.incomplete === Boolean(doc.incomplete)) {
    throw new Error(
      `the parse already marks the document ${c.incomplete ? 'incomplete' : 'complete'} — delete this correction`,
    );
  }
  const { incomplete, ...rest } = doc;
  const change = c.incomplete
    ? 'marked incomplete: the original has more than this text'
    : `marked complete: the parse thought the text ended early (${incomplete!.reason})`;
  const corrected = {
    ...rest,
    ...(c.incomplete ? { incomplete: { reason: c.reason } } : {}),
    corrections: noted(doc, { change, reason: c.reason }),
  } as ParsedFile;
  // Clearing the parse's mark answers its `incomplete` warning too.
  const warned = (corrected as { warnings?: { code: string; reviewed?: string }[] }).warnings;
  return !c.incomplete && warned?.some((w) => w.code === 'incomplete' && !w.reviewed)
    ? markReviewed(corrected, 'incomplete', c.reason)
    : corrected;
}
