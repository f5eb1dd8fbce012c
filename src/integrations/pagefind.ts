/**
 * Search index of the built pages, through Pagefind's Node API
 * (https://pagefind.app/docs/node-api/): create the index, add the built
 * directory, write the bundle, always close. Every response's `errors` array
 * is checked and any error fails the build — a site with a broken index must
 * not ship.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The pages that are indexed (relative to dist/). */
export const SEARCHABLE_PAGES = '{findings,letters}/**/*.html';

/** Pagefind's bundled UIs: the site uses its own search page on pagefind.js, so these are never requested. */
const UNUSED_UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

/** Indexes the built site at `site` (a path) and removes the unused UI files; resolves to a log line. */
async function indexSite(site: string): Promise<string> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('createIndex', { errors });
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // Only finding and letter pages carry data-pagefind-body; reading the other pages too (the
    // big theme and authority lists) took a quarter of the indexing time for an identical index.
    // tests/site/search-index-scope.test.ts fails if a searchable page appears anywhere else.
    const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
    check('addDirectory', added);
    if (added.page_count === 0) throw new Error('Pagefind indexed no pages: no page carries data-pagefind-body');
    check('writeFiles', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
    await Promise.all(UNUSED_UI.map((file) => rm(join(site, 'pagefind', file), { force: true })));
    return `indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`;
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
  return {
    name: 'front-door-findings:pagefind',
    hooks: {
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
