import type { DocumentKind } from '../../../src/schemas/document.ts';
import { landmarkText } from './letter-title.ts';
import { LETTER_TITLE, PROGRAMME_NAME } from './programme-title.ts';
import { findDateRange } from '../parse/dates.ts';
import { keepLines } from '../clean/strip-furniture.ts';
import { collapseText } from '../clean/normalise-glyphs.ts';
import { wrappedCells } from '../parse/wrapped-cells.ts';

/** The kind of a document, or the reason it is neither kind. */
export type Detection = { kind: DocumentKind } | { kind: undefined; reason: string };

const COMMITTEE =
  /\b(executive board|cabinet|committee|scrutiny (board|panel)|council meeting|overview and scrutiny|children's services (board|panel))\b/i;
const REPORT_OF =
  /(^|\n)\s*(report of|report to|report by|report author|title of report|purpose of (the |this )?report)\b/i;

/**
 * The head with a header box's cells wrapped inside their columns joined
 * again (see `wrappedCells`): a report's "Subject:" cell, wrapped in a middle
 * column, may be the one place the programme is named whole when a running
 * header (its council's name, unknown yet) breaks the sentence that names it.
 */
function cellText(head: string): string {
  const rows = wrappedCells(keepLines(head), head.split('\n'));
  return collapseText(rows.map((cells) => cells.join(' ')).join('\n'));
}

/**
 * Ofsted letter, council committee report about such an inspection, or
 * neither — never a guess: each kind needs its own positive markers. Markers
 * are looked for on the whitespace-collapsed text without page furniture,
 * so line breaks (a title over two lines, or over a page break) change nothing.
 */
export function detectKind(text: string): Detection {
  const rawHead = text.slice(0, 20000);
  const head = landmarkText(rawHead);
  const full = text.length > 20000 ? landmarkText(text, text.length) : head;
  const salutation = /(^|\n)\s*Dear\s+\S/.test(rawHead);
  if (LETTER_TITLE.test(head) && salutation && /ofsted|section 138|Majesty's Inspector/i.test(full))
    return { kind: 'ofsted-letter' };
  const reportMarkers = [
    REPORT_OF.test(rawHead),
    COMMITTEE.test(head),
    /\brecommendations?\b/i.test(full),
  ].filter(Boolean).length;
  // A report is recognised by what it is about (the inspection named, with its dates) and by being a report, not by one council's template.
  const dated = findDateRange(full) !== undefined;
  if (
    (PROGRAMME_NAME.test(full) || PROGRAMME_NAME.test(cellText(rawHead))) &&
    !salutation &&
    (reportMarkers >= 2 || (reportMarkers >= 1 && dated))
  )
    return { kind: 'council-report' };
  if (LETTER_TITLE.test(head) && !salutation) {
    return {
      kind: undefined,
      reason:
        'mentions the inspection but is neither an Ofsted letter (no "Dear …") nor a committee report (no "Report of …", committee name and recommendations)',
    };
  }
  return {
    kind: undefined,
    reason:
      'not an Ofsted letter or council report about an unannounced inspection of contact, referral and assessment arrangements (no such title found)',
  };
}
