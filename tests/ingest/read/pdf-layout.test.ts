/**
 * The layout steps on hand-made runs: what each step decides, without a PDF.
 */
import { describe, expect, it } from 'vitest';
import { dropFurniture } from '../../../scripts/ingest/read/find-furniture.ts';
import { linesToText } from '../../../scripts/ingest/read/lines-to-text.ts';
import { orderColumns } from '../../../scripts/ingest/read/order-columns.ts';
import type { TextRun } from '../../../scripts/ingest/read/pdf-types.ts';
import { runsToLines } from '../../../scripts/ingest/read/runs-to-lines.ts';

/** A run of 11 pt text, 5.5 pt per character. */
const run = (text: string, x: number, y: number, font = 'F1'): TextRun => ({
  text,
  x,
  y,
  width: text.length * 5.5,
  size: 11,
  font,
});
const page = (runs: TextRun[], number = 1) => ({ number, width: 595, height: 842, runs });
const text = (pages: TextRun[][]) => {
  const lines = pages.map((runs, i) => runsToLines(page(runs, i + 1)));
  return linesToText(
    dropFurniture(
      lines,
      pages.map(() => 842),
    ).pages.flatMap(orderColumns),
    pages.length,
  );
};

describe('runs → lines', () => {
  it('orders runs on one baseline by x, whatever the stream order, and spaces word-spaced runs once', () => {
    const [line] = runsToLines(
      page([run('referral', 125, 100), run('Contact,', 72, 100.4), run('and', 180, 100)]),
    );
    expect(line.segments.map((s) => s.text)).toEqual(['Contact, referral and']);
  });

  it('joins runs that touch without a space (a word split into runs)', () => {
    const [line] = runsToLines(page([run('assess', 72, 100), run('ment', 72 + 6 * 5.5, 100)]));
    expect(line.segments[0].text).toBe('assessment');
  });

  it('drops soft hyphens inside a line and turns one at its end into a hyphen the joiner undoes', () => {
    const full = 'word '.repeat(15).trim();
    const out = text([
      [run(`${full} assess\u00ADment is recor\u00AD`, 72, 100), run('ded well.', 72, 114)],
    ]);
    expect(out.text).toBe(`${full} assessment is recorded well.\n`);
  });

  it('takes a lone glyph in another font, or a private-use or known bullet, as the item marker', () => {
    const lines = runsToLines(
      page([
        run('l', 72, 100, 'Wingdings'),
        run('Staff are supported.', 90, 100),
        run('\uF0B7', 72, 120),
        run('Cases are allocated.', 90, 120),
        run('(ii)', 72, 140),
        run('Thresholds are clear.', 100, 140),
      ]),
    );
    expect(
      lines.map((l) => [l.segments[0].marker, l.segments[0].text, l.segments[0].textX]),
    ).toEqual([
      ['-', 'Staff are supported.', 90],
      ['-', 'Cases are allocated.', 90],
      ['(ii)', 'Thresholds are clear.', 100],
    ]);
  });

  it('splits a line at a gap of more than three ems into column segments', () => {
    const [line] = runsToLines(
      page([run('Freshford House', 72, 100), run('T 0300 1231231', 330, 100)]),
    );
    expect(line.segments.map((s) => s.text)).toEqual(['Freshford House', 'T 0300 1231231']);
  });
});

describe('columns, furniture and paragraphs', () => {
  it('reads a two-column letterhead column by column, then the right-aligned date', () => {
    const out = text([
      [
        run('Freshford House', 72, 100),
        run('T 0300 1231231', 330, 100),
        run('Redcliffe Way', 72, 114),
        run('enquiries@ofsted.gov.uk', 330, 114),
        run('www.ofsted.gov.uk', 330, 128),
        run('2 September 2009', 440, 170),
      ],
    ]);
    expect(out.text).toBe(
      'Freshford House\nRedcliffe Way\n\nT 0300 1231231\nenquiries@ofsted.gov.uk\nwww.ofsted.gov.uk\n\n2 September 2009\n',
    );
  });

  it('reads a left column running on below the right one, but not the addressee after a blank line', () => {
    const out = text([
      [
        run('Aviation House 125', 72, 100),
        run('Direct T 0117 945 4760', 330, 100),
        run('Kingsway London', 72, 114),
        run('www.ofsted.gov.uk', 330, 142),
        run('7 April 2010', 460, 170),
        run('Mr Ian Fletcher', 72, 198),
        run("Director of Children's Services", 72, 212),
      ],
    ]);
    expect(out.text).toBe(
      "Aviation House 125\nKingsway London\n\nDirect T 0117 945 4760\n\nwww.ofsted.gov.uk\n\n7 April 2010\n\nMr Ian Fletcher\nDirector of Children's Services\n",
    );
  });

  it('drops a header repeated on every page and "Page N of M", and joins a finding broken by the page', () => {
    const full = 'x'.repeat(80); // a line printed to the right margin
    const pages = [
      [
        run('Leeds City Council', 72, 40),
        run('-', 72, 700),
        run(`Workers are ${full}`, 90, 700),
        run('Page 1 of 2', 270, 812),
      ],
      [
        run('Leeds City Council', 72, 40),
        run('supported well.', 90, 100),
        run('Page 2 of 2', 270, 812),
      ],
    ];
    const out = text(pages);
    expect(out.text).toBe(`- Workers are ${full} supported well.\n`);
    expect(out.pageStarts).toEqual([1, 2]);
  });

  it("keeps the author's short lines, joins the printer's wraps, and separates paragraphs and items by a blank line", () => {
    const full = 'word '.repeat(16).trim(); // 79 characters: reaches the margin
    const out = text([
      [
        run('Ms Rachel Dickinson', 72, 100),
        run("Director of Children's Services", 72, 114),
        run(full, 72, 142),
        run(full, 72, 156),
        run('end.', 72, 170),
        run('\u2022', 72, 198, 'Symbol'),
        run(full, 90, 198),
        run('hangs here.', 90, 212),
        run('\u2022', 72, 226, 'Symbol'),
        run('Second item.', 90, 226),
      ],
    ]);
    expect(out.text).toBe(
      `Ms Rachel Dickinson\nDirector of Children's Services\n\n${full} ${full} end.\n\n- ${full} hangs here.\n\n- Second item.\n`,
    );
  });
});
