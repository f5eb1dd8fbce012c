/**
 * Reproducible build (issue 7): two builds of the same tree, in two different
 * folders and running at the same time, give the same files byte for byte —
 * the HTML, the hashed CSS and JS, the sitemap and Pagefind's index. Each
 * build runs in a private copy of the project (tests/quality/build-copy.ts),
 * so the folders' paths differ too: any absolute path leaking into the
 * output would show up as a difference. No file is exempt.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildCopy, copyProject } from './build-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'fdf-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

it('two builds of the same tree are identical, byte for byte', async () => {
  const [a, b] = await Promise.all([buildCopy(copyProject(join(work, 'a'))), buildCopy(copyProject(join(work, 'b')))]);
  const files = listFiles(a.outDir);
  expect(listFiles(b.outDir)).toEqual(files);
  expect(files).toContain('index.html');
  expect(files.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(5);
  const different = files.filter((file) => !readFileSync(join(a.outDir, file)).equals(readFileSync(join(b.outDir, file))));
  expect(different).toEqual([]);
  const leaks = files.filter((file) => readFileSync(join(a.outDir, file)).includes(work));
  expect(leaks).toEqual([]);
}, 180_000);
