/**
 * The Atom feeds (the site's, each theme's, each authority's) and the chart
 * CSVs, written once the pages are built.
 *
 * Why not Astro endpoint routes: they are ~360 small files, and Astro's
 * per-route cost (a Request, a Response, its logging) came to ~2 ms a file,
 * several times what making the body costs. Here they are the same bodies,
 * from the same data and charts the pages used (handed over by src/charts.ts,
 * see src/lib/endpoint-files-handoff.ts), written in one loop. `astro dev`
 * has no build step, so there the routes are injected instead
 * (./endpoint-routes/) and serve the very same bodies. Any failure fails the
 * build: pages link to every one of these files.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFiles } from './write-files.ts';
import { takeEndpointFiles } from '../lib/endpoint-files-handoff.ts';

/** Route pattern → entrypoint in ./endpoint-routes/ (dev only). */
const ROUTES: ReadonlyArray<readonly [string, string]> = [
  ['/feed.xml', 'site-feed.ts'],
  ['/themes/[theme]/feed.xml', 'theme-feed.ts'],
  ['/authorities/[slug]/feed.xml', 'authority-feed.ts'],
  ['/charts/[id].csv', 'chart-csv.ts'],
];

/** The Astro integration that writes the feeds and chart CSVs of a build (and serves them in dev). */
export function endpointFilesIntegration(): AstroIntegration {
  return {
    name: 'front-door-findings:endpoint-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const [pattern, file] of ROUTES)
          injectRoute({
            pattern,
            entrypoint: new URL(`./endpoint-routes/${file}`, import.meta.url),
          });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const make = takeEndpointFiles();
        if (!make)
          throw new Error(
            'feeds and chart CSVs: no page loaded the charts (src/charts.ts getChartData), so there is nothing to write — check that the /charts/ pages were built',
          );
        // Yield every 100 files, as the citation files do, so Pagefind's steps go on meanwhile.
        const count = await writeFiles(out, make(), 100);
        logger.info(
          `wrote ${count} feeds and chart CSVs in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
