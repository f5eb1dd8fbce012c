import type { DocumentKind } from '../../../src/schemas/document.ts';
import { LETTER_TITLE, PROGRAMME_NAME } from './programme-title.ts';

/** The kind of a document, or the reason it is neither kind. */
export type Detection = { kind: DocumentKind } | { kind: undefined; reason: string };

const COMMITTEE = /\b(executive board|cabinet|committee|scrutiny (board|panel)|council meeting)\b/i;

/**
 * Ofsted letter, council committee report about such an inspection, or
 * neither — never a guess: each kind needs its own positive markers.
 */
export function detectKind(text: string): Detection {
  const head = text.slice(0, 20000);
  const salutation = /^\s*Dear\s+\S/m.test(head);
  if (LETTER_TITLE.test(head) && salutation && /ofsted|section 138|Majesty(’|')s Inspector/i.test(text)) return { kind: 'ofsted-letter' };
  const reportMarkers = [/^\s*report of\b/im.test(head), COMMITTEE.test(head), /\brecommendations?\b/i.test(text)].filter(Boolean).length;
  if (PROGRAMME_NAME.test(text) && reportMarkers >= 2 && !salutation) return { kind: 'council-report' };
  if (LETTER_TITLE.test(head) && !salutation) {
    return { kind: undefined, reason: 'mentions the inspection but is neither an Ofsted letter (no "Dear …") nor a committee report (no "Report of …", committee name and recommendations)' };
  }
  return {
    kind: undefined,
    reason: 'not an Ofsted letter or council report about an unannounced inspection of contact, referral and assessment arrangements (no such title found)',
  };
}
