import { isReportHeading } from '../../../src/lib/report-headings.ts';

/**
 * Paragraphs that end a findings section whatever their wording in 2009–2012:
 * the closing formula ("Any areas for development identified above will be
 * specifically considered in any future inspection…", with or without
 * priority actions, singular or plural), the sentence that introduces the
 * next list ("From the evidence gathered…"), the sign-off and the copy list.
 * Matched at the start of a line or paragraph, never inside a sentence.
 */
const SECTION_END: readonly RegExp[] = [
  /^from the evidence gathered\b/i,
  /^(?:any|the|these|all|those)?\s*(?:areas?|priorit(?:y|ies)|issues?|points?|recommendations?)\b[^.]{0,160}?\b(?:identified|highlighted|set out|listed|raised|noted)\b[^.]{0,80}?\b(?:above|below|in this letter)\b[^.]*\b(?:considered|followed up|reviewed|examined|looked at|revisited|tested)\b/i,
  /^(?:we|ofsted|inspectors?)\s+will\s+(?:specifically\s+)?(?:consider|follow up|review|look at)\b[^.]*\b(?:areas?|priorit(?:y|ies))\b[^.]*\b(?:future|next|subsequent)\s+inspection/i,
  /^(?:i am|we are)\s+copying\s+this\s+letter\b/i,
  /^yours\s+(?:sincerely|faithfully)\b/i,
  /^(?:copy|copies|cc)(?:\s+to)?\s*:/i,
];

/** The closing formula or sign-off proper (not "From the evidence gathered…", which opens another section). */
export function isClosing(text: string): boolean {
  const start = text.trim();
  return SECTION_END.slice(1).some((pattern) => pattern.test(start));
}

/** True when a paragraph (or a line that starts one) closes the findings section it follows. */
export function isSectionEnd(text: string): boolean {
  const start = text.trim();
  return SECTION_END.some((pattern) => pattern.test(start));
}

/** What follows a report's summary of findings when the report goes on: its implications, conclusion, recommendations or background papers. */
export const REPORT_CLOSING =
  /^(?:[-–•]\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:recommendations?|conclusions?|background (?:papers|documents|information)|appendi(?:x|ces)|implications\b|legal and resource|it is recommended|next steps|action plan|financial implications)/i;

/**
 * A line that heads a council report's next section ("4  FINANCIAL
 * IMPLICATIONS", "Recommendation", "1.0 Purpose of this Report"): short, not
 * ending in punctuation, a closing section's name or a numbered or capitals
 * heading. After a finished item it starts a new block even with no blank
 * line between.
 */
export function isReportSectionLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 60 || /[.,;:]$/.test(text)) return false;
  return REPORT_CLOSING.test(text) || isReportHeading(text);
}
