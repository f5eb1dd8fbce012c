import type { SourceLine } from '../clean/strip-furniture.ts';
import { ITEM } from '../clean/item-markers.ts';
import { parseDate } from './dates.ts';

/**
 * How one line of a council report's front matter reads: part of a cover box
 * (`box`), the wrapped rest of a box value (`cont`), the start of the report's
 * own text (`body`), or another line of the front matter (`other`: the
 * council's name, the committee, the title).
 */
export type CoverLineKind = 'box' | 'cont' | 'body' | 'other';

/** "Originator: Adam Hewitt /", "Report to:": a short label (up to seven words, no sentence in it), a colon, a short value or none. */
const LABEL_VALUE = /^(\p{Lu}[^:.;!?]{0,60}?)\s*:(?:\s+(\S.{0,79}))?$/u;
/** Tick boxes as extractors leave them: box glyphs, Wingdings boxes and ticks, "[ ]", "[x]". */
const CHECK_BOX = /[☐☑☒□■✓✔✗✘\uF06F\uF0A8\uF0FC\uF0FD\uF0FE\uF078]|\[\s?[xX✓]?\s?\]/u;
/** A line a report's text starts with: its summary, purpose, introduction, background or recommendations, numbered or not. */
const SECTION_START =
  /^(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?(?:executive\s+)?(?:summary|purpose(?: of (?:the |this )?report)?|introduction|background|recommendations?|main issues)\b[^:]{0,40}$/i;
/** A numbered paragraph or heading of the report: "1. Purpose of report", "1  SUMMARY", "3.2 Areas …". */
const NUMBERED = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;

/** A label–value line: the label as written (with its colon) and the value, or undefined. */
export function labelValue(text: string): { label: string; value: string } | undefined {
  const match = LABEL_VALUE.exec(text.trim());
  if (!match || match[1].split(/\s+/).length > 7) return undefined;
  return { label: `${match[1]}:`, value: match[2]?.trim() ?? '' };
}

/** Whether a line reads as the start of the report's own text rather than its front matter. */
export function isBodyStart(text: string): boolean {
  const line = text.trim();
  if (SECTION_START.test(line) || ITEM.exec(line)) return true;
  if (NUMBERED.test(line) && parseDate(line) === undefined) return true;
  // A sentence of prose: eight words or more ending in a full stop ("Report of … to be held on 7 December 2010." is the heading's).
  return (
    /[.!]$/.test(line) &&
    line.split(/\s+/).length >= 8 &&
    !labelValue(line) &&
    !/^report (?:of|to|by)\b/i.test(line)
  );
}

/**
 * The kind of line `at`, given the kind of the last non-blank line before it.
 * Evidence of a box: two columns (cells), a label and its value, a tick box,
 * or — right after a box line — a line indented into the right-hand column.
 */
export function coverLineKind(
  lines: readonly SourceLine[],
  at: number,
  previous: CoverLineKind | undefined,
): CoverLineKind {
  const { text, cells } = lines[at];
  const afterBox = previous === 'box' || previous === 'cont';
  if (cells) return 'box';
  if (CHECK_BOX.test(text)) return 'box';
  if (afterBox && /^\s/.test(text)) return 'box';
  if (labelValue(text)) return 'box';
  if (isBodyStart(text)) return 'body';
  // "Originator: Adam Hewitt /" then "Martyn Stenton": a value wrapped after a joining "/", "," or "&".
  if (afterBox && /[/,&]$/.test(lastText(lines, at))) return 'cont';
  return 'other';
}

/** The last non-blank line's text before `at`. */
function lastText(lines: readonly SourceLine[], at: number): string {
  for (let i = at - 1; i >= 0; i -= 1) if (lines[i].text.trim() !== '') return lines[i].text.trim();
  return '';
}
