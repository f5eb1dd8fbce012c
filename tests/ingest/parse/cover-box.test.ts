/**
 * The rules that find a council report's cover box and decide whether its
 * fields can be read (scripts/ingest/parse/cover-*.ts), one case each, and
 * the lossless check over a box.
 */
import { describe, expect, it } from 'vitest';
import { checkLossless } from '../../../scripts/ingest/check/check-lossless.ts';
import { readLines } from '../../../scripts/ingest/clean/to-blocks.ts';
import { findCoverBoxes } from '../../../scripts/ingest/parse/cover-box.ts';

const boxes = (text: string) => findCoverBoxes(readLines(text));
const HEAD = 'Report to:\tCabinet\nDate:\t7 July 2010\n';
const BODY = '\n1. Purpose of report\n\n1.1 To inform Cabinet of the outcome of the inspection.\n';

describe('finding the box', () => {
  it('a run of two or more box lines before the report’s text, blank lines between allowed', () => {
    expect(boxes(`COUNCIL\n\n${HEAD}\nWards affected:\tAll\n${BODY}`)).toEqual([
      expect.objectContaining({ start: 3, end: 6 }),
    ]);
  });
  it('one labelled line is not a box ("Subject:" above the title)', () => {
    expect(boxes(`Subject:\nOfsted inspection of contact arrangements\n${BODY}`)).toEqual([]);
  });
  it('nothing after the report’s text starts: a summary, a numbered section, a sentence of prose', () => {
    for (const start of [
      'Summary',
      '1. Purpose of report',
      'This report tells Cabinet the outcome of the inspection.',
    ])
      expect(boxes(`${start}\n\n${HEAD}`)).toEqual([]);
  });
  it('the council’s name, committee and title between two boxes stay out of both', () => {
    const found = boxes(`${HEAD}\nExecutive Board\n\n${HEAD}${BODY}`);
    expect(found.map((b) => [b.start, b.end])).toEqual([
      [1, 2],
      [6, 7],
    ]);
  });
});

describe('reading its fields, or not', () => {
  it('labels with values in their cell, or in the next cell, and a value carried over after "/"', () => {
    expect(
      boxes(`Originator: A Hewitt /\nM Stenton\nKey decision:\t\u2610 Yes \u2612 No\n${BODY}`)[0]
        .fields,
    ).toEqual([
      { label: 'Originator:', value: 'A Hewitt / M Stenton' },
      { label: 'Key decision:', value: '\u2610 Yes \u2612 No' },
    ]);
  });
  it.each([
    ['a line indented into the right-hand column', `${HEAD}\tEquality and Diversity\n`],
    ['a label with no value', `${HEAD}Specific Implications For:\n`],
    [
      'a word split between the columns (a bracket left open)',
      `${HEAD}Eligible for Call-in (Deta\tNot Eligible\n`,
    ],
    ['a value cell that is itself labelled', `Report to:\tDate: 7 July 2010\nWards:\tAll\n`],
    ['a cell that is no label', `Strategic Director\tReport Contact: Helen Wood\n${HEAD}`],
  ])('%s: shown as extracted', (_, text) => {
    const [box] = boxes(`${text}${BODY}`);
    expect(box.lines.length).toBeGreaterThanOrEqual(2);
    expect(box.fields).toBeUndefined();
  });
});

describe('the lossless check accounts for the box', () => {
  const text = `Originator: A Hewitt /\nM Stenton\nTel: 0113 2476940\n${BODY}`;
  const [box] = boxes(text);
  it('passes when the box holds its lines’ words', () => {
    expect(() => checkLossless(text, [], [], [], [box])).not.toThrow();
  });
  it('fails, naming the line, when a field loses a word or the lines lose one', () => {
    const fields = box.fields!.map((f, i) => (i === 0 ? { ...f, value: 'A Hewitt /' } : f));
    expect(() => checkLossless(text, [], [], [], [{ ...box, fields }])).toThrow(
      expect.objectContaining({
        line: 1,
        message: expect.stringMatching(/cover box loses or changes text near "[a-z0-9]+"/),
      }),
    );
    expect(() => checkLossless(text, [], [], [], [{ ...box, lines: box.lines.slice(1) }])).toThrow(
      /cover box/,
    );
  });
});
