/**
 * The Leeds report's page in dist/ (run `npm run build` first; `npm test`
 * does): its two cover boxes are collapsed cover sheets — the originator box
 * as a summary list, the wards and call-in box as its extracted lines — and
 * none of their text is left in the report's prose. Expectations read from
 * the seed by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths.ts';

const file = join(DIST, 'letters/leeds-2011-01-council-report/index.html');

describe('the Leeds council report’s cover sheets', () => {
  it('are collapsed, one read as fields and one as extracted, with nothing of them in the prose', () => {
    if (!existsSync(file))
      throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    const text = parse(readFileSync(file, 'utf8')).querySelector('.document-text')!;
    const sheets = text.querySelectorAll('details.cover-sheet');
    expect(sheets.map((s) => [s.querySelector('summary')?.text, s.hasAttribute('open')])).toEqual([
      ['Cover sheet', false],
      ['Cover sheet (as extracted)', false],
    ]);
    expect(
      sheets[0]
        .querySelectorAll('dl > div')
        .map((row) => [row.querySelector('dt')?.text, row.querySelector('dd')?.text]),
    ).toEqual([
      ['Originator:', 'Adam Hewitt / Martyn Stenton'],
      ['Tel:', '0113 2476940'],
    ]);
    expect(sheets[1].querySelectorAll('.cover-sheet__raw > span').map((s) => s.text)).toEqual([
      'Electoral Wards Affected: All wards Specific Implications For:',
      'Equality and Diversity',
      'Community Cohesion',
      'Ward Members consulted (referred to in report) Narrowing the Gap',
      'Eligible for Call-in (Deta Not Eligible for Call-in ils contained in the Report)',
    ]);
    for (const sheet of sheets) sheet.remove();
    expect(text.text).not.toMatch(/Originator|Call-in|Community Cohesion|2476940/);
    expect(text.text).toMatch(
      /Report of the Director of Children's Services\s+Executive Board\s+9th March 2011/,
    );
  });
});
