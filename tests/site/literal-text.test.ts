/** The letter text renders exactly as written: no typographic rewriting of quotes or dashes. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

it('keeps straight apostrophes in the narrative of a letter (smartypants off)', () => {
  const file = join(ROOT, 'dist/letters/leicester-2009-08/index.html');
  if (!existsSync(file))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const text = parse(readFileSync(file, 'utf8')).querySelector('.document-text')!.text;
  expect(text).toContain("Director of Children and Young People's Services");
  expect(text).toContain('Dear Ms Dickinson');
  expect(text).not.toContain('’');
});
