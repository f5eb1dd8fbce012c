import { detectKind } from '../recognise/detect-kind.ts';

const TITLE =
  /annual unannounced inspection of contact,?\s+(referral and assessment|assessment and referral) arrangements/i;

/**
 * A council's committee report that carries Ofsted's letter as an appendix →
 * the two documents: the text is cut at the start of the page where the
 * letter begins ("Dear …" and the letter's title on that page), and only if
 * the part before reads as a council report and the part after as a letter.
 * Each part keeps the whole text's line numbers (the other part's lines are
 * blanked), so lines and pages still point into the extracted file.
 * Any other text comes back whole.
 */
export function splitBundle(text: string, pageStarts: readonly number[]): string[] {
  const lines = text.split('\n');
  for (let p = 1; p < pageStarts.length; p += 1) {
    const from = pageStarts[p] - 1;
    const page = lines.slice(from, (pageStarts[p + 1] ?? lines.length + 1) - 1).join('\n');
    if (!/^\s*Dear\s+\S/m.test(page) || !TITLE.test(page)) continue;
    const before = lines.map((line, i) => (i < from ? line : '')).join('\n');
    const after = lines.map((line, i) => (i >= from ? line : '')).join('\n');
    if (detectKind(before).kind === 'council-report' && detectKind(after).kind === 'ofsted-letter')
      return [before, after];
  }
  return [text];
}
