/**
 * A header box's cell wrapped inside its column is one cell again: each rule
 * of `wrappedCells` on rows read by hand (the source lines as an extractor
 * gives them, read by the cleaner as ingest reads them).
 */
import { describe, expect, it } from 'vitest';
import { readLines } from '../../../scripts/ingest/clean/to-blocks.ts';
import { wrappedCells } from '../../../scripts/ingest/parse/wrapped-cells.ts';

const rowsOf = (source: string) => {
  const text = source.replace(/→/g, '\t');
  return wrappedCells(readLines(text, []), text.split('\n'));
};

describe('wrappedCells', () => {
  it('a tab-indented line carries on the cell at that many tabs', () => {
    expect(
      rowsOf(
        'Title of report:→Ofsted unannounced inspection of contact,\n→referral and assessment arrangements\nIs it in the Forward Plan?→No',
      ),
    ).toEqual([
      [
        'Title of report:',
        'Ofsted unannounced inspection of contact, referral and assessment arrangements',
      ],
      ['Is it in the Forward Plan?', 'No'],
    ]);
    expect(
      rowsOf(
        '1.→Meeting:→Cabinet Member for Children and Education\n→→Services\n2.→Date:→13 September 2010',
      ),
    ).toEqual([
      ['1.', 'Meeting:', 'Cabinet Member for Children and Education Services'],
      ['2.', 'Date:', '13 September 2010'],
    ]);
  });

  it('a space-indented line carries on the cell starting at its column, also a middle one, over several lines', () => {
    expect(
      rowsOf(
        [
          'Subject:      Unannounced inspection      Wards Affected:      All',
          '              of contact, referral and',
          '              assessment arrangements',
          'Report of:      Strategic Director - Children, Schools and',
          '                Families',
        ].join('\n'),
      ),
    ).toEqual([
      [
        'Subject:',
        'Unannounced inspection of contact, referral and assessment arrangements',
        'Wards Affected:',
        'All',
      ],
      ['Report of:', 'Strategic Director - Children, Schools and Families'],
    ]);
  });

  it('blank lines between a row and its wrapped rest are allowed', () => {
    expect(rowsOf("Report to:→Cabinet Member -\n\n→Children's Services")).toEqual([
      ['Report to:', "Cabinet Member - Children's Services"],
    ]);
  });

  it('a line at the left margin, an item, or a line after one of them is a row of its own', () => {
    expect(
      rowsOf(
        'Is it likely to result in spending or saving £250k or→No\nmore?\n→Equality and Diversity',
      ),
    ).toEqual([
      ['Is it likely to result in spending or saving £250k or', 'No'],
      ['more?'],
      ['Equality and Diversity'],
    ]);
    expect(rowsOf('Report to:→Cabinet\n     -  Contacts are screened.')).toEqual([
      ['Report to:', 'Cabinet'],
      ['- Contacts are screened.'],
    ]);
  });

  it('an indented line under the first column carries nothing on', () => {
    expect(rowsOf('Strategic Director      Report Contact: Helen Wood\n  Children')).toEqual([
      ['Strategic Director', 'Report Contact: Helen Wood'],
      ['Children'],
    ]);
  });
});
