import { collapseText } from '../clean/normalise-glyphs.ts';
import { keepLines } from '../clean/strip-furniture.ts';

/**
 * A letter's title, found on the whitespace-collapsed text so that a title
 * broken over lines (or over a page break) is still one title. Group 1 is the
 * council as the title writes it.
 */
export const LETTER_TITLE = /\bannual unannounced inspection of contact,? (?:referral and assessment|assessment and referral) arrangements (?:within|in|for|at) (.+?)(?:'s)? children(?:'s)? services/i;

/** The head of a document as one line, page furniture dropped: where landmarks (title, dates) are looked for. */
export function landmarkText(text: string, limit = 40000): string {
  return collapseText(keepLines(text.slice(0, limit)).map((l) => l.text).join('\n'));
}

/** The council a letter's title names ("Leicester City Council"), or undefined without such a title. */
export function titleCouncil(text: string): string | undefined {
  return LETTER_TITLE.exec(landmarkText(text))?.[1].trim();
}
