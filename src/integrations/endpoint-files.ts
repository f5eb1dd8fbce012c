/**
 * The Atom feeds (the site's, a theme's, an authority's) and the chart CSVs,
 * served from routes of their own (./endpoint-routes/).
 */
import type { AstroIntegration } from 'astro';

/** Route pattern → entrypoint in ./endpoint-routes/. */
const ROUTES: ReadonlyArray<readonly [string, string]> = [
  ['/feed.xml', 'site-feed.ts'],
  ['/themes/[theme]/feed.xml', 'theme-feed.ts'],
  ['/authorities/[slug]/feed.xml', 'authority-feed.ts'],
  ['/charts/[id].csv', 'chart-csv.ts'],
];

/** The Astro integration that serves the feeds and chart CSVs. */
export function endpointFilesIntegration(): AstroIntegration {
  return {
    name: 'front-door-findings:endpoint-files',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const [pattern, file] of ROUTES)
          injectRoute({ pattern, entrypoint: new URL(`./endpoint-routes/${file}`, import.meta.url) });
      },
    },
  };
}
