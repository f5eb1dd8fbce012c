import type { SourceLine } from '../clean/strip-furniture.ts';
import { coverFields, type CoverField } from './cover-fields.ts';
import { coverLineKind, type CoverLineKind } from './cover-lines.ts';

/** A cover box of a council report: its source lines (`start` to `end`, inclusive) and, when they can be read reliably, its fields. */
export interface CoverBox {
  start: number;
  end: number;
  /** The box's non-blank lines as extracted. */
  lines: string[];
  /** Label–value pairs in reading order; absent when the columns are interleaved beyond reading. */
  fields?: CoverField[];
}

/** Front matter longer than this is not a cover: the scan stops here, so a long report costs no more than a short one. */
const MAX_FRONT_LINES = 60;
/** Fewer box lines than this is a labelled line in the heading, not a box. */
const MIN_BOX_LINES = 2;

/**
 * The cover boxes of a council report: in its front matter (the lines before
 * its own text starts — a summary, purpose or numbered section, an item, a
 * sentence of prose), each run of two or more box lines (two columns, label
 * and value, tick boxes, lines indented into the right column; blank lines
 * may fall between), with the values a "/" or "," carries onto the next line.
 * Lines between boxes (the council's name, committee, date, title) stay text.
 */
export function findCoverBoxes(lines: readonly SourceLine[]): CoverBox[] {
  const boxes: CoverBox[] = [];
  let run: number[] = [];
  let previous: CoverLineKind | undefined;
  const close = () => {
    if (run.length >= MIN_BOX_LINES) boxes.push(toBox(lines, run));
    run = [];
  };
  for (let i = 0, seen = 0; i < lines.length && seen < MAX_FRONT_LINES; i += 1) {
    if (lines[i].text.trim() === '') continue;
    seen += 1;
    const kind = coverLineKind(lines, i, previous);
    if (kind === 'body') break;
    if (kind === 'other') close();
    else run.push(i);
    previous = kind;
  }
  close();
  return boxes;
}

function toBox(lines: readonly SourceLine[], run: readonly number[]): CoverBox {
  const rows = run.map((i) => lines[i]);
  const fields = coverFields(rows);
  return {
    start: rows[0].line,
    end: rows.at(-1)!.line,
    lines: rows.map((row) => row.text.trim()),
    ...(fields ? { fields } : {}),
  };
}

/** The lines with the boxes' lines blank: the prose is read without them, and each box stays apart from the text around it. */
export function blankCovers(
  lines: readonly SourceLine[],
  boxes: readonly CoverBox[],
): SourceLine[] {
  if (boxes.length === 0) return [...lines];
  const inBox = (line: number) => boxes.some((box) => line >= box.start && line <= box.end);
  return lines.map((l) => (inBox(l.line) ? { text: '', line: l.line } : l));
}
