import { describe, expect, it } from 'vitest';
import { joinWords } from '../../../scripts/ingest/clean/join-words.ts';
import { blockText, toBlocks, type Block } from '../../../scripts/ingest/clean/to-blocks.ts';

const items = (blocks: Block[]) => blocks.filter((b) => b.type === 'item').map(blockText);

describe('cleaning rules', () => {
  it('splits inline ▪ bullets after a stray <ul> tag into items', () => {
    const blocks = toBlocks(
      'Strengths\n<ul style="list-style-type: none"> ▪ First point. ▪ Second point. ▪ Third.',
    );
    expect(blocks[0]).toMatchObject({ type: 'heading', text: 'Strengths' });
    expect(items(blocks)).toEqual(['First point.', 'Second point.', 'Third.']);
  });
  it('splits inline • bullets the same way', () => {
    expect(items(toBlocks('• One thing. • Another thing.'))).toEqual([
      'One thing.',
      'Another thing.',
    ]);
  });
  it('recognises -, •, o, numbered and (i) items', () => {
    const text = [
      '- Dash item.',
      '• Bullet item.',
      'o Letter-o item.',
      '1. Numbered item.',
      '2) Other numbered.',
      ' - (iv) Roman item.',
      '(b) Lettered item.',
    ].join('\n');
    expect(items(toBlocks(text))).toEqual([
      'Dash item.',
      'Bullet item.',
      'Letter-o item.',
      'Numbered item.',
      'Other numbered.',
      'Roman item.',
      'Lettered item.',
    ]);
  });
  it('keeps a paragraph that starts with "o" as a word as text', () => {
    expect(toBlocks('on the day')[0].type).toBe('text');
  });
  it('drops "Page 2 of 3" and INVESTOR IN PEOPLE in the middle of a list', () => {
    const blocks = toBlocks(
      '- First.\n\nPage 2 of 3\n\n- Second.\n\nINVESTOR IN PEOPLE\n\n- Third.',
    );
    expect(items(blocks)).toEqual(['First.', 'Second.', 'Third.']);
    expect(blocks).toHaveLength(3);
  });
  it('rejoins a sentence broken across a page break (lower-case continuation)', () => {
    const blocks = toBlocks(
      '- Management oversight is\n\n\n\nINVESTOR IN PEOPLE\n\nconsistently provided.\n\n- Next.',
    );
    expect(items(blocks)).toEqual(['Management oversight is consistently provided.', 'Next.']);
  });
  it('does not join a lower-case paragraph to a finished sentence', () => {
    const blocks = toBlocks('- Finished.\n\nand then a new paragraph.');
    expect(blocks.map(blockText)).toEqual(['Finished.', 'and then a new paragraph.']);
  });
  it('attaches an indented continuation line to its item', () => {
    const blocks = toBlocks('- Auditing is routine.\n Findings are discussed.');
    expect(items(blocks)).toEqual(['Auditing is routine. Findings are discussed.']);
  });
  it('a stray "- " before a lower-case continuation joins the paragraph it continues', () => {
    const blocks = toBlocks(
      '6.1 Building on this we will continue embedding the\n\n- improvements made across our practice.',
    );
    expect(blocks.map(blockText)).toEqual([
      '6.1 Building on this we will continue embedding the improvements made across our practice.',
    ]);
  });
  it('keeps short lines (addresses) apart and joins wrapped prose', () => {
    expect(toBlocks('Ms A Person\nDirector\nCouncil')[0]).toMatchObject({
      lines: ['Ms A Person', 'Director', 'Council'],
    });
    const prose =
      'This is a long line of prose that wraps in the extracted text of a letter,\nand carries on here.';
    expect(toBlocks(prose)[0]).toMatchObject({
      lines: [
        'This is a long line of prose that wraps in the extracted text of a letter, and carries on here.',
      ],
    });
  });
  it('leaves markup other than layout tags alone', () => {
    expect(
      blockText(toBlocks('- Text with <script>alert(1)</script> and <Finding> inside.')[0]),
    ).toBe('Text with <script>alert(1)</script> and <Finding> inside.');
  });
  it('spaces left by removed layout tags are not a column gap: the line is still an item', () => {
    expect(toBlocks('- Workers <b>said</b> supervision <span class="x">was</span> rare.')).toEqual([
      { type: 'item', marker: '-', text: 'Workers said supervision was rare.', line: 1 },
    ]);
  });
  it('rows of a two-column block stay lines and never join an item', () => {
    const blocks = toBlocks(
      '- A finding.\n\nReport to:\tCabinet\tDate:\t7 July 2010\nReport of:\tDirector',
    );
    expect(blocks.map((b) => b.type)).toEqual(['item', 'text']);
    expect(blocks[1]).toMatchObject({
      lines: ['Report to: Cabinet Date: 7 July 2010', 'Report of: Director'],
    });
  });
  it('records the source line of each block', () => {
    expect(toBlocks('\n\nStrengths\n- One.\n\n- Two.').map((b) => b.line)).toEqual([3, 4, 6]);
  });
});

describe('joinWords undoes line-end hyphenation', () => {
  it.each([
    ['the assess-', 'ment was late', 'the assessment was late'],
    ['multi-', 'agency work', 'multi-agency work'],
    ['a co-', 'ordinator', 'a co-ordinator'],
    ['up to', 'date', 'up to date'],
    ['Police -', 'and health', 'Police - and health'],
  ])('"%s" + "%s"', (a, b, joined) => {
    expect(joinWords(a, b)).toBe(joined);
  });
});
