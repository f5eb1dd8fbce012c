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
