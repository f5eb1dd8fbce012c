/**
 * The search index must not depend on the order the build happened to write
 * the pages in. Pagefind numbers pages in the order it meets them, and every
 * index file carries those numbers; walking the directory itself, it met them
 * in the file system's order — on tmpfs the creation order, which with
 * Astro's concurrent writes changed between two builds of one commit at 500
 * letters. indexSite (src/integrations/pagefind.ts) sends them sorted.
 *
 * Two copies of one small site, their folders created in opposite orders,
 * must index byte-identically: on tmpfs where it exists (there the creation
 * order *is* the directory order, so an order-dependent indexer fails), and on
 * the file system the project lives on (ext4 here, which lists by a hash of
 * the names: indexSite then walks the site itself, with no sorted copy).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { ROOT } from '../helpers/paths.ts';

const cache = join(ROOT, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const roots = {
  tmpfs: mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'fdf-index-order-')),
  project: mkdtempSync(join(cache, 'fdf-index-order-')),
};
afterAll(() =>
  Object.values(roots).forEach((root) => rmSync(root, { recursive: true, force: true })),
);

const WORDS = [
  'assessment',
  'chronology',
  'supervision',
  'referral',
  'strategy',
  'threshold',
  'caseload',
  'audit',
];
const pages = Array.from({ length: 60 }, (_, i) => ({
  path: `findings/place-2010-0${(i % 9) + 1}-s${i}/index.html`,
  html: `<!DOCTYPE html><html lang="en-GB"><head><title>Finding ${i}</title></head><body><main data-pagefind-body><h1>Finding ${i}</h1><p>${WORDS[i % 8]} ${WORDS[(i * 3) % 8]} number ${i}</p><span data-pagefind-filter="judgement:${i % 2 ? 'strength' : 'area-for-development'}"></span><span data-pagefind-sort="date:2010-0${(i % 9) + 1}-01"></span></main></body></html>`,
}));

function writeSite(dir: string, order: typeof pages): void {
  for (const page of order) {
    mkdirSync(join(dir, page.path, '..'), { recursive: true });
    writeFileSync(join(dir, page.path), page.html);
  }
  mkdirSync(join(dir, 'letters'), { recursive: true });
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out.set(
        join(entry.parentPath, entry.name).slice(dir.length),
        readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
      );
  }
  return out;
}

describe('search index', () => {
  it.each(Object.entries(roots))(
    'is the same whatever order the pages were written in (%s)',
    async (_, root) => {
      const [forward, backward] = [join(root, 'forward'), join(root, 'backward')];
      writeSite(forward, pages);
      writeSite(backward, [...pages].reverse());
      await indexSite(forward);
      await indexSite(backward);
      const a = files(join(forward, 'pagefind'));
      const b = files(join(backward, 'pagefind'));
      expect(a.size).toBeGreaterThan(5);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [name, bytes] of a) expect(b.get(name), name).toBe(bytes);
    },
  );
});
