import { joinWords } from '../clean/join-words.ts';
import type { FlatLine } from './pdf-types.ts';

/** Extracted text and, for each page, the 1-based line of the text where that page's text starts. */
export interface PageText {
  text: string;
  pageStarts: number[];
}

/**
 * Lines in reading order → plain text in the shape the parser reads: one
 * line per paragraph line the author ended (address lines stay lines), lines
 * the printer wrapped joined again, a blank line between paragraphs, and
 * each list item on a line of its own starting with its marker (`- ` for a
 * bullet glyph). Wrapped means the next line's first word would not have fit
 * on this one; that holds for ragged and justified text, and across a page
 * break, so a finding broken by a page is one item again.
 */
export function linesToText(lines: readonly FlatLine[], pages: number): PageText {
  const right = rightEdge(lines);
  const measure = { left: leftEdge(lines), right };
  const out: string[] = [];
  const pageStarts: number[] = [];
  let previous: FlatLine | undefined;
  let open: { x: number; textX: number; item: boolean } | undefined; // the paragraph or item the next line may continue
  for (const line of lines) {
    if (previous && open && continues(previous, line, open, measure)) {
      out[out.length - 1] = joinWords(out[out.length - 1], line.text);
    } else {
      // Items and paragraphs are separated by a blank line; only an author's line break inside a paragraph is not.
      if (
        previous &&
        (!close(previous, line) || line.marker || open?.item || previous.page !== line.page)
      )
        out.push('');
      out.push(line.marker ? `${line.marker} ${line.text}` : line.text);
      open = { x: line.x0, textX: line.textX, item: line.marker !== undefined };
      // A page starts at the first line of text that begins on it (a line carried over belongs to the page before).
      while (pageStarts.length < line.page) pageStarts.push(out.length);
    }
    previous = line;
  }
  while (pageStarts.length < pages) pageStarts.push(out.length + 1);
  return { text: `${out.join('\n')}\n`, pageStarts };
}

/**
 * The line carries on the open paragraph or item: close below it, not a new
 * item, and either the printer wrapped the line before (at the paragraph's
 * left edge) or, on the same page, it hangs at the item's text indent.
 */
function continues(
  previous: FlatLine,
  line: FlatLine,
  open: { x: number; textX: number; item: boolean },
  margins: Margins,
): boolean {
  if (line.marker || !close(previous, line)) return false;
  const at = (x: number) => Math.abs(line.x0 - x) < line.size;
  if (open.item && at(open.textX) && line.page === previous.page) return true;
  return wrapped(previous, line, margins) && (at(open.x) || (open.item && at(open.textX)));
}

/** The next line follows on: the next line on the page with no paragraph gap, or the first line of the next page. */
function close(previous: FlatLine, line: FlatLine): boolean {
  if (line.page !== previous.page) return line.page === previous.page + 1;
  const step = line.y - previous.y;
  return step > 0 && step <= 1.6 * Math.max(previous.size, line.size);
}

/** The previous line was ended by the printer: the first word of the next one would not have fit after it. */
function wrapped(previous: FlatLine, line: FlatLine, { left, right }: Margins): boolean {
  // A line in a narrow column (a letterhead, a box) is not body text: its breaks are the author's.
  if (previous.x1 - previous.x0 < 0.6 * (right - left)) return false;
  const word = line.text.split(' ')[0];
  const charWidth = (line.x1 - line.textX) / Math.max(1, line.text.length);
  return previous.x1 + charWidth * (word.length + 1) > right - 1;
}

/** Left and right margins of the body text. */
interface Margins {
  left: number;
  right: number;
}

/** The left margin: where most longer lines start. */
function leftEdge(lines: readonly FlatLine[]): number {
  const starts = lines
    .filter((l) => l.text.length > 30)
    .map((l) => l.x0)
    .sort((a, b) => a - b);
  return starts.length > 0
    ? starts[Math.floor(starts.length / 10)]
    : Math.min(...lines.map((l) => l.x0));
}

/**
 * The right margin of the text: the 90th percentile of the right ends of
 * longer lines, document-wide. Not the maximum: a letterhead may reach
 * further right than the body, and a margin set too far out would keep every
 * printer's wrap as a line break.
 */
function rightEdge(lines: readonly FlatLine[]): number {
  const ends = lines
    .filter((l) => l.text.length > 30)
    .map((l) => l.x1)
    .sort((a, b) => b - a);
  return ends.length > 0 ? ends[Math.floor(ends.length / 10)] : Math.max(...lines.map((l) => l.x1));
}
