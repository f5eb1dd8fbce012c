import type { Judgement } from '../../../src/schemas/document.ts';
import type { DraftFinding } from '../parse/parsed-types.ts';
import type { SourceLine } from '../clean/strip-furniture.ts';
import type { DocumentWarning } from '../warnings.ts';
import { NUMBER_WORDS } from '../../../src/lib/number-words.ts';

/** What a document says it found of one judgement: an exact number, or "at least one". */
export interface StatedCount {
  judgement: Judgement;
  /** The words as written ("two areas for development"). */
  phrase: string;
  exactly?: number;
  atLeast?: number;
}

/** Quantity words a summary uses: the number words, and "no" / "a" / "an". */
const NUMBERS: Record<string, number> = { no: 0, an: 1, a: 1, ...NUMBER_WORDS };
const QUANTITY =
  '(no|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}|some|a number of|several|many|a few|a range of)?';
const CLAIM = new RegExp(
  `\\b${QUANTITY}\\s*(?:further\\s+|other\\s+)?(priority\\s+)?(areas?|strengths?)(?:\\s+(?:for|of)\\s+(priority action|action|strength|practice that met requirements|development|improvement))?\\b`,
  'gi',
);
/** Sentences in which a document states its own findings (not the previous inspection's). */
const SUMMARY = /\b(?:the|this) inspection (?:identified|found)\b|\b(?:were|was) identified\b/i;

function judgementOf(
  priority: string | undefined,
  noun: string,
  kind: string | undefined,
): Judgement | undefined {
  const what = (kind ?? '').toLowerCase();
  if (priority || what === 'priority action')
    return what === '' || what.includes('action') ? 'priority-action' : undefined;
  if (/^strength/i.test(noun) || what === 'strength') return 'strength';
  if (what === 'practice that met requirements') return 'meets-requirements';
  if (what === 'development' || what === 'improvement') return 'area-for-development';
  return undefined;
}

/** The counts a document states in its summary sentence ("identified no areas for priority action but some areas for development"). */
export function statedCounts(text: string): StatedCount[] {
  const out: StatedCount[] = [];
  for (const sentence of text.split(/(?<=[.!?:])\s+/)) {
    if (
      !SUMMARY.test(sentence) ||
      /\b(previous|last|earlier) (unannounced )?inspection\b/i.test(sentence)
    )
      continue;
    for (const m of sentence.matchAll(CLAIM)) {
      const [phrase, quantity, priority, noun, kind] = m;
      const judgement = judgementOf(priority, noun, kind);
      if (!judgement || (!quantity && !kind && !/^strengths$/i.test(noun))) continue;
      const q = quantity?.toLowerCase();
      const n =
        q === undefined ? undefined : (NUMBERS[q] ?? (/^\d+$/.test(q) ? Number(q) : undefined));
      out.push({
        judgement,
        phrase: phrase.trim(),
        ...(n === undefined ? { atLeast: 1 } : { exactly: n }),
      });
    }
  }
  return out;
}

/**
 * The document checks itself: each count its summary states is compared with
 * the findings parsed; a mismatch is a `summary-mismatch` warning naming both
 * sides. Only the text before the first finding is read.
 */
export function checkStatedCounts(
  lines: readonly SourceLine[],
  findings: readonly DraftFinding[],
  warnings: DocumentWarning[],
): void {
  // The summary comes before the findings; headings and findings themselves never state counts.
  const first = Math.min(...findings.map((f) => f.line));
  const summary = lines.filter((l) => l.text.trim() !== '' && l.line < first);
  const text = summary
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/g, ' ');
  for (const claim of statedCounts(text)) {
    const parsed = findings.filter((f) => f.judgement === claim.judgement).length;
    const fits =
      claim.exactly !== undefined ? parsed === claim.exactly : parsed >= (claim.atLeast ?? 0);
    if (fits) continue;
    const stated = claim.exactly !== undefined ? `${claim.exactly}` : `at least ${claim.atLeast}`;
    const line = summary.find(
      (l) => l.text.includes(claim.phrase.split(' ').at(-1)!) && SUMMARY.test(l.text),
    )?.line;
    warnings.push({
      code: 'summary-mismatch',
      message: `the document says "${claim.phrase}" (${stated}) but ${parsed} ${claim.judgement} finding(s) were parsed — compare the findings with the original`,
      ...(line ? { line } : {}),
    });
  }
}
