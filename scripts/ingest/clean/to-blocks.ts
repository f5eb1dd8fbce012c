import { councilHeadingJudgement } from '../parse/judgement-headings.ts';
import { ENDS_SENTENCE, headingAt, lookahead, wrapWidth } from './line-context.ts';
import { blanksPerBreak, breaksOnly } from './blank-lines.ts';
import { isReportSectionLine, isSectionEnd } from '../parse/closings.ts';
import { joinWords } from './join-words.ts';
import { keepLines, type SourceLine } from './strip-furniture.ts';
import type { OwnHeaders } from './own-headers.ts';
import { ITEM, mergeLoneMarkers, splitInlineBullets } from './item-markers.ts';

/** A paragraph (lines kept only when they are short, as in addresses) or a list item or a findings heading. */
export type Block =
  | { type: 'text'; lines: string[]; line: number }
  | { type: 'item'; marker: string; text: string; line: number }
  | { type: 'heading'; text: string; line: number };

const DASH = /^[-–—]$/;
/** A report's numbered paragraph: "4.2 The following areas …" (a capital after the number, so "2.5 per cent" is prose). */
const NUMBERED_PARAGRAPH = /^\d{1,2}\.\d{1,2}\.?\s+[A-Z]/;

/**
 * Clean text → blocks in reading order. Blank lines are a hint, not a rule
 * (extractors give none, or one after every line): items start at markers,
 * headings are whole lines (or a heading wrapped over up to three lines),
 * closing formulas start their own paragraph, and a line carries on the item
 * above it unless a blank line, no indent and a finished sentence all say
 * otherwise. Furniture is dropped first (see `keepLines`); `names` are the
 * council's names, for running headers.
 */
export function toBlocks(text: string, names: readonly string[] = []): Block[] {
  return linesToBlocks(readLines(text, names));
}

/** The kept source lines, with lone markers merged into their text: what the parsers read metadata from (`own`: see `keepLines`). */
export function readLines(
  text: string,
  names: readonly string[] = [],
  own?: OwnHeaders,
): SourceLine[] {
  return mergeLoneMarkers(keepLines(text, names, own));
}

/**
 * Kept lines (see `readLines`) → blocks. `width` (the width the text was
 * wrapped at) and `perBreak` (blank lines in a row that make a paragraph
 * break) are measured on `source` unless given.
 */
export function linesToBlocks(
  source: readonly SourceLine[],
  width: number = wrapWidth(source),
  perBreak: 1 | 2 = blanksPerBreak(source),
): Block[] {
  const lines = perBreak === 2 ? breaksOnly(source) : source;
  const blocks: Block[] = [];
  let open: Block | undefined; // the block the next line may continue
  let blank = false;
  let inSection = false; // after a findings heading, before a closing: where paragraphs are findings
  const columns = new WeakSet<Block>(); // text blocks of two-column rows: their lines stay apart
  for (let i = 0; i < lines.length; i += 1) {
    const { text: raw, line } = lines[i];
    const trimmed = raw.trim();
    if (trimmed === '') {
      blank = true;
      continue;
    }
    const heading = headingAt(lines, i);
    if (heading) {
      blocks.push({ type: 'heading', text: heading.text, line });
      i += heading.count - 1;
      open = undefined;
      inSection = true;
    } else if (isSectionEnd(lookahead(lines, i))) {
      blocks.push((open = { type: 'text', lines: [trimmed], line }));
      inSection = false;
    } else if (lines[i].cells && !(open && columns.has(open) && !blank)) {
      // A row of a two-column block (a report's header box) is never prose or part of a finding.
      blocks.push((open = { type: 'text', lines: [trimmed], line }));
      columns.add(open);
    } else if (NUMBERED_PARAGRAPH.test(trimmed) || councilHeadingJudgement(trimmed)) {
      // A report's numbered paragraph ("4.2 The following …") or findings heading ("Key findings") starts afresh.
      blocks.push((open = { type: 'text', lines: [trimmed], line }));
    } else {
      for (const [marker, part] of splitInlineBullets(trimmed)) {
        const item = marker ? ITEM.exec(`${marker} ${part}`) : ITEM.exec(part);
        const isItem =
          item &&
          !(
            DASH.test(item[1]) &&
            /^[a-z]/.test(item[2]) &&
            !blank &&
            open &&
            !ENDS_SENTENCE.test(endOf(open))
          );
        if (isItem)
          blocks.push((open = { type: 'item', marker: item[1], text: item[2].trim(), line }));
        else if (
          open?.type === 'item' &&
          (!blank || /^\s/.test(raw) || !ENDS_SENTENCE.test(open.text)) &&
          !(ENDS_SENTENCE.test(open.text) && isReportSectionLine(part))
        )
          open.text = joinWords(open.text, part);
        else if (open?.type === 'text' && continuesText(open, part, blank, inSection, width))
          open.lines.push(part);
        else blocks.push((open = { type: 'text', lines: [part], line }));
      }
    }
    blank = false;
  }
  return rejoinBrokenSentences(
    blocks.map((block) => (columns.has(block) ? block : collapseProse(block, width))),
  );
}

function endOf(block: Block): string {
  return block.type === 'text' ? block.lines.at(-1)! : block.text;
}

/**
 * Whether a line carries on the paragraph above. Without a blank line it does,
 * unless (in a findings section) a finished sentence on a line the next word
 * would have fitted on ends the paragraph. After a blank line it does only in
 * a findings section, when the paragraph's sentence is unfinished (a page break).
 */
function continuesText(
  open: Extract<Block, { type: 'text' }>,
  next: string,
  blank: boolean,
  inSection: boolean,
  width: number,
): boolean {
  const last = open.lines.at(-1)!;
  if (!blank) return !(inSection && paragraphBreak(last, next, width));
  return inSection && !ENDS_SENTENCE.test(last);
}

/** In a findings section with no blank line between, a finished sentence on a line the next word would have fitted on ends its paragraph. */
function paragraphBreak(previous: string, next: string, width: number): boolean {
  return (
    ENDS_SENTENCE.test(previous) && previous.length + 1 + (next.split(' ')[0]?.length ?? 0) <= width
  );
}

/**
 * Lines of a paragraph that wrap prose are joined; short lines (addresses,
 * copy lists) keep their breaks.
 */
function collapseProse(block: Block, width: number): Block {
  if (block.type !== 'text' || block.lines.length < 2) return block;
  const full = Math.max(40, Math.min(60, Math.floor(width * 0.7)));
  const wrapped = block.lines.slice(0, -1).every((line) => line.length >= full);
  return wrapped ? { ...block, lines: [block.lines.reduce(joinWords)] } : block;
}

/**
 * A block that starts in lower case and follows a block whose sentence is not
 * finished is the rest of that sentence after a page break: "Management
 * oversight is" … "consistently provided". Headings are never joined.
 */
function rejoinBrokenSentences(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    const start = block.type === 'item' ? block.text : block.type === 'text' ? block.lines[0] : '';
    if (
      previous &&
      previous.type !== 'heading' &&
      block.type !== 'heading' &&
      /^[a-z]/.test(start) &&
      !ENDS_SENTENCE.test(endOf(previous))
    ) {
      const rest = block.type === 'item' ? block.text : block.lines.join(' ');
      if (previous.type === 'item') previous.text = joinWords(previous.text, rest);
      else previous.lines[previous.lines.length - 1] = joinWords(endOf(previous), rest);
      continue;
    }
    out.push(block);
  }
  return out;
}

/** The text of a block on one line. */
export function blockText(block: Block): string {
  return block.type === 'text' ? block.lines.join(' ') : block.text;
}
