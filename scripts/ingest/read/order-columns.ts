import type { FlatLine, Line, Segment } from './pdf-types.ts';

/**
 * Lines → reading order, one segment per line. Where lines stand in two
 * columns (an office address beside its telephone numbers, a report's box of
 * wards beside its implications), the left column is read to its end, then
 * the right one. A column block starts at a line with two segments and takes
 * the lines close below it that still fit one column or both.
 */
export function orderColumns(lines: readonly Line[]): FlatLine[] {
  const out: FlatLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.segments.length < 2) {
      out.push(flat(line, line.segments[0]));
      continue;
    }
    const split = line.segments[1].x0;
    const block = [line];
    while (i + 1 < lines.length && continues(lines[i + 1], block.at(-1)!, split))
      block.push(lines[(i += 1)]);
    const left = block.flatMap((l) =>
      l.segments.filter((s) => s.x0 < split - 1).map((s) => flat(l, s)),
    );
    const right = block.flatMap((l) =>
      l.segments.filter((s) => s.x0 >= split - 1).map((s) => flat(l, s)),
    );
    out.push(...left, ...right);
  }
  return out;
}

/**
 * The next line belongs to the column block: same page, close below, and in
 * both columns or in the right one (within a blank line), or in the left one
 * directly below (a left column running on below the right one; after a
 * blank line a left-aligned line is the body again, e.g. the addressee).
 */
function continues(next: Line, previous: Line, split: number): boolean {
  const step = next.y - previous.y;
  if (next.page !== previous.page || step > 2.6 * previous.size) return false;
  if (next.segments.length > 1)
    return (
      Math.abs(next.segments[1].x0 - split) < 2 * next.size || next.segments[0].x0 >= split - 1
    );
  const [only] = next.segments;
  return only.x0 >= split - 1 || (only.x1 < split - next.size && step <= 1.6 * previous.size);
}

function flat(line: Line, segment: Segment): FlatLine {
  return { page: line.page, y: line.y, size: line.size, ...segment };
}
