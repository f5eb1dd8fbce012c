/**
 * Search index of the built pages, through Pagefind's Node API
 * (https://pagefind.app/docs/node-api/): create the index, add the searchable
 * pages in an order that does not depend on the build (listsByNameHash,
 * sortedCopy), write the bundle, always close.
 * Every response's `errors` array is checked and any error fails the build —
 * a site with a broken index must not ship.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, statfsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pagefindDevMiddleware } from './pagefind-dev.ts';

/**
 * The folders (of dist/) whose pages are indexed: only finding pages carry data-pagefind-body. Search
 * is of findings: a letter page among the results, or in the counts, would be a document counted as
 * a finding (every filter count one too many per document).
 */
export const SEARCHABLE_FOLDERS = ['findings'] as const;

/** The searchable pages, as sorted paths relative to the site (`findings/x/index.html`). */
export function searchablePages(site: string): string[] {
  return SEARCHABLE_FOLDERS.flatMap((folder) =>
    readdirSync(join(site, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/')),
  ).sort();
}

/**
 * A copy of the searchable pages, made of hard links (no bytes copied) with
 * its folders created in sorted order. Pagefind numbers pages in the order its
 * directory walk meets them, and the numbers are in every index file; the walk
 * follows the file system's order, which on tmpfs is creation order — the
 * order the build happened to write pages in, which differed between two
 * builds of one commit at 500 letters. Created in sorted order, the copy walks
 * the same way every time where the directory order is the creation order
 * (tmpfs, btrfs); where it is a hash of the names (ext4) no copy is needed
 * (listsByNameHash). (Giving Pagefind the files one by one, in order, is
 * independent of the file system but 3–5 times slower: Pagefind parses them one
 * at a time, 6.4–7.3 s at 500 letters against 1.8–2.0 s for a directory.)
 */
function sortedCopy(site: string, pages: readonly string[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const page of pages) {
    const to = join(dir, page);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(site, page), to);
    } catch {
      copyFileSync(join(site, page), to); // no hard links here (another device, or a file system without them)
    }
  }
}

/** `statfs` type of ext2, ext3 and ext4 (they share it). */
const EXT_MAGIC = 0xef53;

/**
 * Whether `dir`'s file system lists a folder in an order fixed by the names
 * alone: ext4 (with dir_index, its default) lists entries by a hash of the
 * name and a per-file-system seed. There Pagefind's walk of the site meets the
 * pages in the same order in every build on that file system, and the sorted
 * copy is pure cost: 3 s of an N = 500 build on this machine's ext4 disk
 * (16,000 links and folders made and removed), against 0.6 s on tmpfs.
 * Everywhere else (tmpfs, btrfs, xfs's small folders) listing follows
 * creation order, and the copy is what fixes it.
 */
export const listsByNameHash = (dir: string): boolean => statfsSync(dir).type === EXT_MAGIC;

/** Pagefind's bundled UIs: the site uses its own search page on pagefind.js, so these are never requested. */
const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0)
    throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

/** Indexes the built site at `site` (a path) and removes the unused UI files; resolves to a log line. */
export async function indexSite(site: string): Promise<string> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('createIndex', { errors });
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // Reading only these folders (not the big theme and authority lists) saves a quarter of the
    // indexing time for an identical index; tests/site/search-index-scope.test.ts fails if a
    // searchable page appears anywhere else.
    if (listsByNameHash(site)) {
      check(
        'addDirectory',
        await index.addDirectory({
          path: site,
          glob:
            SEARCHABLE_FOLDERS.length === 1
              ? `${SEARCHABLE_FOLDERS[0]}/**/*.html`
              : `{${SEARCHABLE_FOLDERS.join(',')}}/**/*.html`,
        }),
      );
    } else {
      const copy = join(site, '.pagefind-pages');
      try {
        sortedCopy(site, searchablePages(site), copy);
        check('addDirectory', await index.addDirectory({ path: copy }));
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    }
    check('writeFiles', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
    await Promise.all(UNUSED_UI.map((file) => rm(join(site, 'pagefind', file), { force: true })));
    const entry = JSON.parse(
      await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed === 0)
      throw new Error(
        `Pagefind indexed no pages: no page under ${SEARCHABLE_FOLDERS.join('/, ')}/ carries data-pagefind-body`,
      );
    return `indexed ${indexed} pages in ${Math.round(performance.now() - started)} ms`;
  } finally {
    await pagefind.close();
  }
}

/**
 * The Astro integration that indexes `dist/` for search. Indexing starts as
 * soon as the pages are written (`astro:build:generated`) and runs in
 * Pagefind's own process while the other integrations' `astro:build:done`
 * work (sitemap, citation files) runs here; `astro:build:done` waits for it.
 * On 2 cores that overlap saves most of the indexing time.
 */
export function pagefindIntegration(): AstroIntegration {
  let indexing: Promise<string> | undefined;
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'front-door-findings:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      // `npm run dev` searches the last build's index (./pagefind-dev.ts).
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(pagefindDevMiddleware(outDir, base));
      },
      'astro:build:generated': ({ dir }) => {
        indexing = indexSite(fileURLToPath(dir));
        // Awaited (and so reported) in astro:build:done; until then a failure must not count as unhandled.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await (indexing ?? indexSite(fileURLToPath(dir))));
      },
    },
  };
}
