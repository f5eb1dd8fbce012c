import { headingJudgement } from '../parse/judgement-headings.ts';
import { joinWords } from './join-words.ts';
import { isFurnitureLine, stripStrayMarkup } from './strip-furniture.ts';

/** A paragraph (lines kept only when they are short, as in addresses) or a list item or a findings heading. */
export type Block =
  | { type: 'text'; lines: string[]; line: number }
  | { type: 'item'; marker: string; text: string; line: number }
  | { type: 'heading'; text: string; line: number };

/** `-`, `–`, `•`, `▪`, `o` (before a capital), `1.`, `1)`, `(i)`, `(a)`, `a)`. */
const ITEM = /^\s*([-–•▪●◦*]|o(?=\s+[A-Z])|\d{1,2}[.)](?=\s)|\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)(?=\s)|[a-z]\)(?=\s))\s+(.*)$/;
const INLINE_BULLET = /\s*[▪•●]\s+/;

/**
 * Clean text → blocks in reading order: furniture and stray markup gone,
 * inline `▪` bullets split into items, continuation lines attached, and a
 * sentence broken across a page break rejoined (see `rejoinBrokenSentences`).
 */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined; // the block the next non-blank line may continue
  text.split('\n').forEach((raw, index) => {
    const lineNo = index + 1;
    if (isFurnitureLine(raw)) return;
    const line = stripStrayMarkup(raw);
    if (line.trim() === '') {
      open = undefined;
      return;
    }
    if (headingJudgement(line)) {
      blocks.push({ type: 'heading', text: line.trim(), line: lineNo });
      open = undefined;
      return;
    }
    const items = splitItems(line);
    if (items) {
      for (const [marker, itemText] of items) blocks.push((open = { type: 'item', marker, text: itemText, line: lineNo }));
      return;
    }
    if (open?.type === 'item') open.text = joinWords(open.text, line);
    else if (open?.type === 'text') open.lines.push(line.trim());
    else blocks.push((open = { type: 'text', lines: [line.trim()], line: lineNo }));
  });
  return rejoinBrokenSentences(blocks.map(collapseProse));
}

/** A line that starts one or more list items → [marker, text] pairs; undefined for other lines. */
function splitItems(line: string): Array<[string, string]> | undefined {
  const trimmed = line.trim();
  if (/^[▪•●]\s/.test(trimmed)) {
    return trimmed.split(INLINE_BULLET).filter((part) => part !== '').map((part) => [trimmed[0], part.trim()]);
  }
  const first = ITEM.exec(line);
  if (!first) return undefined;
  const nested = ITEM.exec(first[2]); // "- (i) That …": keep the meaningful marker
  return nested && first[1] === '-' ? [[nested[1], nested[2].trim()]] : [[first[1], first[2].trim()]];
}

/**
 * Lines of a paragraph that wrap prose are joined; short lines (addresses,
 * copy lists) keep their breaks.
 */
function collapseProse(block: Block): Block {
  if (block.type !== 'text' || block.lines.length < 2) return block;
  const wrapped = block.lines.slice(0, -1).every((line) => line.length >= 60);
  return wrapped ? { ...block, lines: [block.lines.reduce(joinWords)] } : block;
}

const ENDS_SENTENCE = /[.!?:;]["'’”)\]]*$/;

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
    if (previous && previous.type !== 'heading' && block.type !== 'heading' && /^[a-z]/.test(start)) {
      const end = previous.type === 'item' ? previous.text : previous.lines.at(-1)!;
      if (!ENDS_SENTENCE.test(end)) {
        const rest = block.type === 'item' ? block.text : block.lines.join(' ');
        if (previous.type === 'item') previous.text = joinWords(previous.text, rest);
        else previous.lines[previous.lines.length - 1] = joinWords(end, rest);
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

/** The text of a block on one line. */
export function blockText(block: Block): string {
  return block.type === 'text' ? block.lines.join(' ') : block.text;
}
