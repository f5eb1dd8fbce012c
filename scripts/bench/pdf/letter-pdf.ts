import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { blockText, toBlocks, type Block } from '../../ingest/clean/to-blocks.ts';
import { parseDate } from '../../ingest/parse/dates.ts';
import { drawPrivateUseBullet, signaturePng } from './glyphs.ts';

/** How a test letter is printed; every option is a trait of real Ofsted and council PDFs. */
export interface LetterPdfOptions {
  /** Letterhead: the office address block beside the contact numbers (when its lines fit two columns). */
  columns?: boolean;
  /** Body lines spread to the right margin, each word its own run. */
  justify?: boolean;
  /** Bullet glyphs, used in turn: Symbol •, ZapfDingbats ■ (reported as `n`), private-use U+F0B7, Helvetica -. */
  bullets?: Array<'symbol' | 'dingbat' | 'private-use' | 'hyphen'>;
  /** Running header text on every page; a "Page N of M" footer is always printed. */
  header?: string;
  /** A signature image under "Yours sincerely". */
  signature?: boolean;
  /** Draw each page's lines bottom to top and each line's runs right to left. */
  reverseStream?: boolean;
  /** Break the page after the first printed line of this (0-based) list item. */
  breakInItem?: number;
}

type FontKey = 'regular' | 'bold' | 'symbol' | 'dingbat';
interface Run {
  text: string;
  x: number;
  font: FontKey | 'private-use';
  size: number;
}
interface Placed {
  page: number;
  y: number;
  runs: Run[];
}

const W = 595,
  H = 842,
  LEFT = 72,
  RIGHT = 523,
  TOP = 90,
  BOTTOM = 750,
  LH = 14,
  SIZE = 11;

/**
 * The text of a letter (as the text path reads it) printed as a PDF with
 * the layout traits of real letters. The text is cut into the cleaner's
 * blocks and each block printed as such: wrapped paragraphs, kept short
 * lines, headings, and list items with their marker as a separate run.
 */
export async function letterPdf(text: string, options: LetterPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const fonts: Record<FontKey, PDFFont> = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    symbol: await doc.embedFont(StandardFonts.Symbol),
    dingbat: await doc.embedFont(StandardFonts.ZapfDingbats),
  };
  const placed = layout(toBlocks(text), fonts, options);
  const pages = Math.max(...placed.map((p) => p.page)) + 1;
  const image = await doc.embedPng(signaturePng());
  for (let n = 0; n < pages; n += 1) {
    const page = doc.addPage([W, H]);
    const furniture: Placed[] = [
      {
        page: n,
        y: 812,
        runs: [{ text: `Page ${n + 1} of ${pages}`, x: W / 2 - 25, font: 'regular', size: 9 }],
      },
    ];
    if (options.header)
      furniture.push({
        page: n,
        y: 40,
        runs: [{ text: options.header, x: LEFT, font: 'regular', size: 9 }],
      });
    if (n === 0)
      furniture.push({
        page: n,
        y: 795,
        runs: [{ text: 'INVESTOR IN PEOPLE', x: LEFT, font: 'bold', size: 8 }],
      });
    let lines = [...furniture, ...placed.filter((p) => p.page === n && p.runs.length > 0)];
    if (options.reverseStream)
      lines = lines.reverse().map((l) => ({ ...l, runs: [...l.runs].reverse() }));
    for (const line of lines) {
      for (const run of line.runs) {
        if (run.font === 'private-use')
          drawPrivateUseBullet(doc, page, run.x, H - line.y, run.size);
        else
          page.drawText(run.text, {
            x: run.x,
            y: H - line.y,
            size: run.size,
            font: fonts[run.font],
          });
      }
    }
    for (const p of placed.filter((l) => l.page === n && l.runs.length === 0))
      page.drawImage(image, { x: LEFT, y: H - p.y, width: 120, height: 30 });
  }
  return doc.save({ useObjectStreams: false });
}

function layout(
  blocks: Block[],
  fonts: Record<FontKey, PDFFont>,
  options: LetterPdfOptions,
): Placed[] {
  const out: Placed[] = [];
  let page = 0,
    y = TOP - LH,
    items = 0;
  const next = () => {
    y += LH;
    if (y > BOTTOM) {
      page += 1;
      y = TOP;
    }
  };
  const width = (s: string, font: FontKey = 'regular') => fonts[font].widthOfTextAtSize(s, SIZE);
  const print = (
    line: string,
    x: number,
    font: FontKey,
    lead: Run[] = [],
    maxWidth = RIGHT - x,
    onWrap?: () => void,
  ) => {
    const rows = wrap(line, maxWidth, (s) => width(s, font));
    rows.forEach((row, i) => {
      next();
      const runs =
        options.justify && i < rows.length - 1
          ? justify(row, x, x + maxWidth, (s) => width(s, font), font)
          : [{ text: row, x, font, size: SIZE }];
      out.push({ page, y, runs: i === 0 ? [...lead, ...runs] : runs });
      if (i === 0 && rows.length > 1) onWrap?.();
    });
  };
  const dateAt = blocks.findIndex(
    (b) => b.type === 'text' && parseDate(blockText(b)) !== undefined,
  );
  let start = 0;
  // A letterhead in two columns only where its blocks fit the columns (Ofsted's short address lines).
  const fits = (b: Block, w: number) =>
    b.type === 'text' && b.lines.every((line) => width(line) <= w);
  if (
    options.columns &&
    dateAt >= 2 &&
    fits(blocks[0], 200) &&
    blocks.slice(1, dateAt).every((b) => fits(b, RIGHT - 330))
  ) {
    // Letterhead: first block on the left, the other blocks before the date in a right-hand column.
    const top = y;
    for (const line of (blocks[0] as Extract<Block, { type: 'text' }>).lines)
      print(line, LEFT, 'regular', [], 200);
    const leftEnd = y;
    y = top;
    blocks.slice(1, dateAt).forEach((b, i) => {
      if (i > 0) next();
      for (const line of (b as Extract<Block, { type: 'text' }>).lines)
        print(line, 330, 'regular', [], RIGHT - 330);
    });
    y = Math.max(y, leftEnd);
    start = dateAt;
  }
  blocks.slice(start).forEach((block, i) => {
    if (i > 0 || start > 0) next();
    const index = start + i;
    if (index === dateAt)
      return print(blockText(block), RIGHT - width(blockText(block)), 'regular');
    if (block.type === 'heading') return print(block.text, LEFT, 'bold');
    if (block.type === 'text') {
      for (const line of block.lines) print(line, LEFT, 'regular');
      if (options.signature && /^Yours (sincerely|faithfully)/i.test(block.lines[0])) {
        y += 36;
        out.push({ page, y, runs: [] });
      }
      return;
    }
    const glyph = /^[-–•▪●]$/.test(block.marker);
    const kinds = options.bullets ?? ['hyphen'];
    const kind = kinds[items % kinds.length];
    const marker: Run = glyph
      ? {
          text: { symbol: '•', dingbat: '■', 'private-use': '', hyphen: '-' }[kind],
          x: LEFT + 4,
          font: kind === 'hyphen' ? 'regular' : kind,
          size: SIZE,
        }
      : { text: block.marker, x: LEFT, font: 'regular', size: SIZE };
    const textX = glyph ? LEFT + 18 : LEFT + 28;
    const breakHere = options.breakInItem === items;
    items += 1;
    print(
      block.text,
      textX,
      'regular',
      [marker],
      RIGHT - textX,
      breakHere
        ? () => {
            page += 1;
            y = TOP - LH;
          }
        : undefined,
    );
  });
  return out;
}

/** Greedy line filling at spaces. */
function wrap(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (row && width(`${row} ${word}`) > maxWidth + 0.5) {
      rows.push(row);
      row = word;
    } else row = row ? `${row} ${word}` : word;
  }
  return [...rows, row];
}

/** One run per word, spread so the line ends at the right margin. */
function justify(
  row: string,
  x0: number,
  x1: number,
  width: (s: string) => number,
  font: FontKey,
): Run[] {
  const words = row.split(' ');
  const gap =
    words.length > 1
      ? (x1 - x0 - words.reduce((sum, w) => sum + width(w), 0)) / (words.length - 1)
      : 0;
  let x = x0;
  return words.map((text) => {
    const run: Run = { text, x, font, size: SIZE };
    x += width(text) + gap;
    return run;
  });
}
