/**
 * The `cite.bib`, `cite.ris` and `cite.json` files beside every letter and
 * finding page, written once the pages are built.
 *
 * Why not Astro endpoint routes: at 450 letters they are ~23k files, three
 * times as many routes as pages, and Astro's per-route cost (a Request, a
 * Response, its logging) made them a third of the build. Here they are the
 * same bodies, from the same CSL items and renderers, written in one loop.
 * `astro dev` has no build step, so there the old routes are injected instead
 * (./cite-routes/), and serve the very same bodies.
 *
 * The documents and permalinks are the ones the pages were built from, handed
 * over by src/data.ts (see src/lib/site-data-handoff.ts). Any failure fails the
 * build: a page links to every one of these files.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFiles } from './write-files.ts';
import { citationFiles } from '../lib/citation/citation-files.ts';
import { CITE_EXTENSIONS, type SiteLocation } from '../lib/citation/site-url.ts';
import { takeSiteData } from '../lib/site-data-handoff.ts';

/** The Astro integration that writes the citation files of a build (and serves them in dev). */
export function citationFilesIntegration(): AstroIntegration {
  let location: SiteLocation | undefined;
  return {
    name: 'front-door-findings:citation-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        // One route per extension: a pattern ending in `.[format]` is not seen as a file, and with
        // trailingSlash 'always' it would only match `cite.bib/`.
        for (const ext of CITE_EXTENSIONS) {
          injectRoute({
            pattern: `/letters/[slug]/cite.${ext}`,
            entrypoint: new URL('./cite-routes/letter-cite.ts', import.meta.url),
          });
          injectRoute({
            pattern: `/findings/[id]/cite.${ext}`,
            entrypoint: new URL('./cite-routes/finding-cite.ts', import.meta.url),
          });
        }
      },
      'astro:config:done': ({ config }) => {
        if (!config.site)
          throw new Error(
            'astro.config.mjs has no `site`: citation files need absolute URLs (set SITE, e.g. SITE=https://example.org)',
          );
        location = { site: config.site, base: config.base };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const data = takeSiteData();
        if (!data)
          throw new Error(
            'citation files: no page loaded the site data (src/data.ts getSiteData), so there is nothing to cite — check that the letter and finding pages were built',
          );
        const { documents, permalinks } = data;
        const files = citationFiles(documents, permalinks, location!);
        await writeFiles(out, files, 500);
        logger.info(
          `wrote ${files.length} citation files in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
