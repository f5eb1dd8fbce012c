import type { DraftFinding } from '../parse/parsed-types.ts';

/** What the text says about its own end. */
export interface Ending {
  /** A closing follows the last finding (a letter's closing formula or sign-off; a report's recommendations, conclusion or background papers). */
  closed: boolean;
  /** The normalised source text, for "Page N of M" footers. */
  text: string;
}

/** How a document is incomplete, and which finding (if any) is cut. */
export interface Truncation {
  reason: string;
  /** Index of the finding that stops mid-sentence. */
  cut?: number;
}

const ENDS_SENTENCE = /[.!?]["')\]]*$/;

/**
 * A document is "possibly incomplete" only with evidence: the last finding
 * stops mid-sentence with nothing after it, there is no closing at all, and
 * (for a text without its closing) the "Page N of M" footers stop before page M. A missing signature page
 * alone is not evidence: a letter that closes its findings ("Any areas for
 * development identified above will be …") is complete in what matters.
 */
export function findTruncation(
  findings: readonly DraftFinding[],
  ending: Ending,
): Truncation | undefined {
  const reasons: string[] = [];
  let cut: number | undefined;
  const last = findings.length - 1;
  if (!ending.closed && last >= 0 && !ENDS_SENTENCE.test(findings[last].text.trim())) {
    cut = last;
    reasons.push('the text ends in the middle of a sentence of its last finding');
  }
  const pages = [
    ...ending.text.matchAll(/^[ \t]*(?:page[ \t]+)?(\d{1,3})[ \t]+of[ \t]+(\d{1,3})[ \t]*$/gim),
  ].map((m) => [Number(m[1]), Number(m[2])]);
  // Extractors drop page footers often (and some letters number the page at its top), so a short page
  // count is evidence only for a text that does not reach its closing: a closed text reached its end.
  if (pages.length > 0 && !ending.closed) {
    const seen = Math.max(...pages.map(([n]) => n));
    const of = Math.max(...pages.map(([, m]) => m));
    if (seen < of) reasons.push(`its page footers stop at page ${seen} of ${of}`);
  }
  if (!ending.closed && cut === undefined)
    reasons.push(
      'it stops before any closing (no closing paragraph, sign-off or conclusion after the findings)',
    );
  return reasons.length === 0
    ? undefined
    : {
        reason: `The text ends early: ${reasons.join('; ')}. The original may have more.`,
        ...(cut === undefined ? {} : { cut }),
      };
}
