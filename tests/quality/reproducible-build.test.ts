/**
 * Reproducible build: two builds of the same tree, in two different
 * folders and running at the same time, give the same files byte for byte —
 * the HTML, the hashed CSS and JS, the sitemap and Pagefind's index. Each
 * build runs in a private copy of the project (tests/quality/build-copy.ts),
 * so the folders' paths differ too: any absolute path leaking into the
 * output would show up as a difference. No file is exempt.
 *
 * Both builds are for a sub-path, as GitHub Pages serves a project site
 * (BASE=/front-door-findings/), so the same output also shows that every link
 * stays inside the base; links.test.ts checks the root build in dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { buildCopy, buildEnv, copyProject } from './build-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'fdf-repro-'));
// PUBLISH as `npm run build:publish` sets it: the publishing path, which needs SITE.
const ENV = { SITE: 'https://example.github.io', BASE: '/front-door-findings/', PUBLISH: '1' };
let a: string;
let b: string;

beforeAll(async () => {
  [a, b] = (
    await Promise.all([
      buildCopy(copyProject(join(work, 'a')), ENV),
      buildCopy(copyProject(join(work, 'b')), ENV),
    ])
  ).map((r) => r.outDir);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

it('two builds of the same tree are identical, byte for byte', () => {
  const files = listFiles(a);
  expect(listFiles(b)).toEqual(files);
  expect(files).toContain('index.html');
  expect(files.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(5);
  const different = files.filter(
    (file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))),
  );
  expect(different).toEqual([]);
  const leaks = files.filter((file) => readFileSync(join(a, file)).includes(work));
  expect(leaks).toEqual([]);
});

it('a build made with SITE carries no local address anywhere, and no local-preview notice', () => {
  // Pagefind's index files are compressed: they hold site paths, never origins.
  const text = listFiles(a).filter(
    (file) =>
      !file.startsWith('pagefind/') &&
      /\.(html|xml|txt|csv|json|bib|ris|js|css|qdc|cff)$/.test(file),
  );
  expect(text.length).toBeGreaterThan(300);
  const local = /127\.0\.0\.1|localhost|0\.0\.0\.0|\[::1\]/;
  expect(text.filter((file) => local.test(readFileSync(join(a, file), 'utf8')))).toEqual([]);
  expect(
    text.filter((file) => readFileSync(join(a, file), 'utf8').includes('data-local-preview')),
  ).toEqual([]);
  expect(readFileSync(join(a, 'findings/leicester-2009-08-d3/cite.bib'), 'utf8')).toContain(
    'url = {https://example.github.io/front-door-findings/findings/leicester-2009-08-d3/}',
  );
});

it('the sub-path build links only inside its base (and the check really uses the base)', () => {
  const check = (base: string) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/check-links.ts'), a], {
      encoding: 'utf8',
      env: buildEnv({ ...ENV, BASE: base }),
    });
  const result = check(ENV.BASE);
  expect(result.stderr).toMatch(/check-links: \d+ pages, \d+ files, 0 problem\(s\)/);
  expect(result.status).toBe(0);
  expect(check('/').status).toBe(1);
});
