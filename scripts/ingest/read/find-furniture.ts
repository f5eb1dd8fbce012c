import { isFurnitureLine } from '../clean/strip-furniture.ts';
import type { Line } from './pdf-types.ts';

/** Share of the page height at the top and at the bottom where running headers and footers sit. */
const BAND = 0.1;
const PAGE_NUMBER = /^(?:page\s*)?#+(?:\s*(?:of|\/)\s*#+)?$|^-\s*#+\s*-$/;

/**
 * Running headers and footers: lines near the top or bottom edge of a page
 * whose text (digits aside) recurs on another page, page numbers, and the
 * furniture the text cleaner knows ("INVESTOR IN PEOPLE"). Repetition is
 * the signal that holds for any council's or office's furniture.
 * Returns the lines to keep, page by page, and the text of those removed.
 */
export function dropFurniture(
  pages: readonly Line[][],
  heights: readonly number[],
): { pages: Line[][]; removed: string[] } {
  const inBand = (line: Line, page: number) =>
    line.y < BAND * heights[page] || line.y > (1 - BAND) * heights[page];
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, page) => {
    for (const line of lines)
      if (inBand(line, page))
        (seen.get(key(line)) ?? seen.set(key(line), new Set()).get(key(line))!).add(page);
  });
  const removed: string[] = [];
  const kept = pages.map((lines, page) =>
    lines.filter((line) => {
      const k = key(line);
      const furniture =
        inBand(line, page) &&
        (PAGE_NUMBER.test(k) || seen.get(k)!.size >= 2 || isFurnitureLine(text(line)));
      if (furniture) removed.push(text(line));
      return !furniture;
    }),
  );
  return { pages: kept, removed };
}

function text(line: Line): string {
  return line.segments.map((s) => (s.marker ? `${s.marker} ${s.text}` : s.text)).join(' ');
}

/** Comparable text: digits as `#` (page numbers, dates of running headers), case and spacing ignored. */
function key(line: Line): string {
  return text(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
