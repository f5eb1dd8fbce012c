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

/**
 * How many blank lines in a row make a paragraph break: one, unless the
 * extractor put a blank line after (nearly) every line — three text lines in
 * four or more (page breaks take theirs away) — of wrapped text, where the
 * line after a single blank often starts in lower case (the sentence goes
 * on). Then a single blank line says nothing and a paragraph break is two or
 * more. Text with a paragraph per line and a blank line between stays at one.
 */
export function blanksPerBreak(lines: readonly SourceLine[]): 1 | 2 {
  let texts = 0;
  let followed = 0;
  let singles = 0; // text lines after exactly one blank line
  let lowerAfterSingle = 0;
  let run = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i].text.trim();
    if (text === '') {
      run += 1;
      continue;
    }
    if (run === 1 && texts > 0) {
      singles += 1;
      if (/^[a-z]/.test(text)) lowerAfterSingle += 1;
    }
    run = 0;
    if (i + 1 >= lines.length) continue;
    texts += 1;
    if (lines[i + 1].text.trim() === '') followed += 1;
  }
  const everyLine = texts > 0 && followed >= texts * 0.75;
  return everyLine && lowerAfterSingle >= Math.max(3, singles * 0.25) ? 2 : 1;
}
