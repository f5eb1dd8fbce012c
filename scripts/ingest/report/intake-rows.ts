import { JUDGEMENT_ORDER } from '../../../src/lib/judgements.ts';
import { documentDate, kindLabel } from '../../../src/lib/documents.ts';
import type { Judgement } from '../../../src/schemas/document.ts';
import type { FileError, Output } from '../ingest-documents.ts';

/**
 * How much a document needs a person: `error` — not ingested this time;
 * `check` — ingested, with warnings no one has reviewed yet; `ok` — nothing to look at.
 * Corrections by hand and reviewed warnings do not raise a document to `check`:
 * they were looked at, and reviewed in git.
 */
export type IntakeStatus = 'error' | 'check' | 'ok';
const RANK: Record<IntakeStatus, number> = { error: 0, check: 1, ok: 2 };

/** One line of the intake report. */
export interface IntakeRow {
  status: IntakeStatus;
  /** The source file (or corrections file) the row is about. */
  file: string;
  /** The document's slug; absent for a file that failed. */
  slug?: string;
  kind?: string;
  authority?: string;
  /** Inspection dates, `start` or `start to end`. */
  inspection?: string;
  /** The letter's or report's own date. */
  dated?: string;
  /** Findings per judgement, in display order; absent for a file that failed. */
  findings?: Record<Judgement, number>;
  /** Corrections by hand applied (document and findings), counted by their distinct reasons: a split notes both its parts. */
  corrections: number;
  /** What to look at, for people: warnings (reviewed ones say so), incomplete marks, the error. */
  notes: string[];
}

/**
 * Ingest's outputs and errors → one row per document or failed file, those
 * that need a look first (errors, then warnings), then by slug or file name.
 */
export function intakeRows(outputs: readonly Output[], errors: readonly FileError[]): IntakeRow[] {
  const rows: IntakeRow[] = outputs.map(({ document: doc, warnings }) => {
    // The parse's `incomplete` warning already says why; a mark made by hand has only its reason.
    const incomplete = warnings.some((w) => w.code === 'incomplete')
      ? []
      : [
          ...(doc.incomplete ? [`incomplete: ${doc.incomplete.reason}`] : []),
          ...doc.findings.filter((f) => f.incomplete).map((f) => `finding ${f.id} is incomplete`),
        ];
    const open = warnings.filter((w) => w.reviewed === undefined);
    const reviewed = warnings.filter((w) => w.reviewed !== undefined);
    const notes = [
      ...open.map((w) => `${w.message}${w.line ? ` (line ${w.line})` : ''}`),
      ...incomplete,
      ...reviewed.map((w) => `reviewed (${w.reviewed}): ${w.message}`),
    ];
    const findings = Object.fromEntries(
      JUDGEMENT_ORDER.map((j) => [j, doc.findings.filter((f) => f.judgement === j).length]),
    ) as Record<Judgement, number>;
    return {
      status: open.length > 0 ? 'check' : 'ok',
      file: doc.source.file,
      slug: doc.slug,
      kind: kindLabel(doc.kind),
      authority: doc.authority.name,
      inspection:
        doc.inspection.start === doc.inspection.end
          ? doc.inspection.start
          : `${doc.inspection.start} to ${doc.inspection.end}`,
      dated: documentDate(doc),
      findings,
      corrections: new Set(
        [...(doc.corrections ?? []), ...doc.findings.flatMap((f) => f.corrections ?? [])].map(
          (c) => c.reason,
        ),
      ).size,
      notes,
    };
  });
  rows.push(
    ...errors.map(
      (e): IntakeRow => ({
        status: 'error',
        file: e.file,
        corrections: 0,
        notes: [`${e.line ? `line ${e.line}: ` : ''}${e.message}`],
      }),
    ),
  );
  return rows.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      compare(a.slug ?? a.file, b.slug ?? b.file) ||
      compare(a.notes.join(), b.notes.join()),
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
