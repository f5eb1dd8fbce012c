/**
 * The search index reads only the folders in SEARCHABLE_FOLDERS (src/integrations/pagefind.ts):
 * a page elsewhere that carries data-pagefind-body would silently never be searchable. Checks
 * dist/ (run `npm run build` first; `npm test` does).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(path) : e.name.endsWith('.html') ? [path] : [];
  });
}

describe('search index scope', () => {
  it('every page with data-pagefind-body is a finding page (search is of findings), and some are', () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: run \`npm run build\` first`);
    const searchable = htmlFiles(DIST)
      .filter((file) => !relative(DIST, file).startsWith(`pagefind${sep}`))
      .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
      .map((file) => relative(DIST, file).split(sep).join('/'));
    expect(searchable.length).toBeGreaterThan(0);
    expect(searchable.filter((path) => !/^findings\/[^/]+\/index\.html$/.test(path))).toEqual([]);
  });
});
