/**
 * Sentences by which a finding says it repeats a point from the previous
 * inspection: "This was an area for development at the last inspection",
 * "…has not been sufficiently addressed since the previous inspection".
 */
const REPEAT = new RegExp(
  [
    String.raw`\b(was|were|is|are|remains?|remained)\s+(also\s+|still\s+)?(an?\s+)?(areas?|issues?|priorit(y|ies))\s+(for|of)\s+(development|improvement|(priority\s+)?action)\b[^.]*?\b(at|in|from|during|since)\s+the\s+(last|previous)\b`,
    String.raw`\b(identified|highlighted|raised|noted)\s+(at|in|during)\s+the\s+(last|previous)\s+(unannounced\s+)?inspection\b`,
    String.raw`\bnot\s+(been\s+)?(sufficiently\s+|fully\s+)?addressed\s+since\s+the\s+(last|previous)\b`,
  ].join('|'),
  'i',
);

/** True when a finding's text says the point was raised at the previous inspection. */
export function detectRepeat(text: string): boolean {
  return REPEAT.test(text);
}
