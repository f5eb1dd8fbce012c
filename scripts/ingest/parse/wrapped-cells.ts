import type { SourceLine } from '../clean/strip-furniture.ts';
import { ITEM } from '../clean/item-markers.ts';

/** A gap between cells, as the cleaner splits a row (a tab, or three spaces or more). */
const GAP = /[ ]*\t[ \t]*| {3,}/g;

/** Where each cell of a row starts: its offset in the line and its tab count before it. */
function cellStarts(text: string): Array<{ offset: number; tabs: number }> {
  const starts = [
    { offset: text.search(/\S/), tabs: (/^\s*/.exec(text)![0].match(/\t/g) ?? []).length },
  ];
  for (const gap of text.trimEnd().matchAll(GAP)) {
    if (gap.index === 0) continue;
    const offset = gap.index + gap[0].length;
    starts.push({ offset, tabs: (text.slice(0, offset).match(/\t/g) ?? []).length });
  }
  return starts;
}

/**
 * The rows of a report as cells, a cell wrapped inside its column joined
 * again. A box row too wide for the page carries a cell on to lines of their
 * own indented to that cell's column ("Title of report:→Ofsted unannounced
 * inspection of contact," then "→referral and assessment arrangements"; in
 * space-aligned rows, spaces up to the column): such a line, after a row of
 * cells (blank lines between allowed), is added to the cell whose column it
 * starts at — by its tabs, or by its indent. Any other line is a row of one.
 * Columns are measured on the `source` lines (the kept lines' spacing is
 * collapsed).
 */
export function wrappedCells(lines: readonly SourceLine[], source: readonly string[]): string[][] {
  const rows: string[][] = [];
  let box: { cells: string[]; starts: Array<{ offset: number; tabs: number }> } | undefined;
  for (const { text: kept, line, cells } of lines) {
    const trimmed = kept.trim();
    if (trimmed === '') continue;
    const text = source[line - 1] ?? kept;
    if (cells) {
      box = { cells: [...cells], starts: cellStarts(text) };
      rows.push(box.cells);
      continue;
    }
    const indent = /^\s*/.exec(text)![0];
    if (box && indent !== '' && !ITEM.exec(trimmed)) {
      const tabs = (indent.match(/\t/g) ?? []).length;
      const at = box.starts.findLastIndex((s) =>
        tabs > 0 ? s.tabs <= tabs : s.offset <= indent.length,
      );
      if (at > 0 && at < box.cells.length) {
        box.cells[at] = `${box.cells[at]} ${trimmed}`;
        continue;
      }
    }
    box = undefined;
    rows.push([trimmed]);
  }
  return rows;
}
