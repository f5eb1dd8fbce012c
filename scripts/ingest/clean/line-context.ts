import { isHeadingLine } from '../parse/judgement-headings.ts';
import type { SourceLine } from './strip-furniture.ts';

/** A line or text that ends a sentence (or a clause that introduces a list). */
export const ENDS_SENTENCE = /[.!?:;]["'’”)\]]*$/;

/** Line i with the two lines after it: a closing formula wrapped over lines is still recognised at its first line. */
export function lookahead(lines: readonly SourceLine[], i: number): string {
  return lines
    .slice(i, i + 3)
    .map((l) => l.text.trim())
    .join(' ');
}

/** A findings heading starting at line i, possibly wrapped over up to three lines. */
export function headingAt(
  lines: readonly SourceLine[],
  i: number,
): { text: string; count: number } | undefined {
  let joined = '';
  for (let count = 1; count <= 5 && i + count - 1 < lines.length; count += 1) {
    const next = lines[i + count - 1].text.trim();
    if (next === '') return undefined;
    joined = joined ? `${joined} ${next}` : next;
    if (joined.length > 240 || !/^[A-Z]/.test(joined)) return undefined; // no heading is longer, or starts in lower case
    if (isHeadingLine(joined))
      return insideSentence(lines, i, i + count) ? undefined : { text: joined, count };
  }
  return undefined;
}

/** Lines i..end sit inside a sentence: the line before ends mid-sentence and the line after starts in lower case. */
function insideSentence(lines: readonly SourceLine[], i: number, end: number): boolean {
  const before = lines
    .slice(0, i)
    .findLast((l) => l.text.trim() !== '')
    ?.text.trim();
  const after = lines
    .slice(end)
    .find((l) => l.text.trim() !== '')
    ?.text.trim();
  return (
    before !== undefined &&
    after !== undefined &&
    !ENDS_SENTENCE.test(before) &&
    /^[a-z]/.test(after)
  );
}

/**
 * The width the text was wrapped at: the 90th percentile of line lengths. For
 * text with one paragraph per line this is large, and every sentence end is a
 * paragraph end.
 */
export function wrapWidth(lines: readonly SourceLine[]): number {
  const lengths = lines
    .map((l) => l.text.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return Infinity;
  const width = lengths[Math.floor(lengths.length * 0.9)];
  // Hard-wrapped text has most of its long lines just under the width; text with a paragraph per line does not.
  const long = lengths.filter((n) => n > 30);
  const near = long.filter((n) => n >= width - 25).length;
  return near >= long.length * 0.5 ? width : Infinity;
}
