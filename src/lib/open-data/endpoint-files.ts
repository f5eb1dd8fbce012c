/**
 * The feeds and chart CSVs of a build, as (site path, body) pairs: the site
 * feed, one feed per theme, one per authority with documents, one CSV per
 * chart. A build writes them after its pages (src/integrations/endpoint-files.ts);
 * `astro dev` serves the same bodies from routes. Pure; yields one file at a
 * time, so a build never holds all 359 bodies at once.
 */
import type { Authority, SourceDocument } from '../../schemas/document.ts';
import { chartCsv, type Chart } from '../charts/chart.ts';
import type { SiteLocation } from '../citation/site-url.ts';
import type { ThemeInfo } from '../themes.ts';
import { documentsFeed } from './atom.ts';
import { authorityFeed, feedPaths, themeFeed } from './topic-feeds.ts';

/** One built file: its path under the site's root (no base) and its text. */
export interface EndpointFile {
  path: string;
  body: string;
}

/** What the files are made from: the site data and the charts the pages showed. */
export interface EndpointInputs {
  documents: readonly SourceDocument[];
  authorities: readonly Authority[];
  documentsByAuthority: ReadonlyMap<string, readonly SourceDocument[]>;
  themes: readonly ThemeInfo[];
  charts: { ids: () => string[]; byId: (id: string) => Chart | undefined };
}

/** Site path of a chart's CSV (without the base). */
export const chartCsvPath = (id: string): string => `charts/${id}.csv`;

/** Every feed and chart CSV of the site. */
export function* endpointFiles(input: EndpointInputs, at: SiteLocation): Generator<EndpointFile> {
  yield { path: 'feed.xml', body: documentsFeed(input.documents, at) };
  for (const theme of input.themes)
    yield { path: feedPaths.theme(theme.id), body: themeFeed(theme, input.documents, at) };
  for (const authority of input.authorities) {
    const docs = input.documentsByAuthority.get(authority.slug);
    if (docs)
      yield { path: feedPaths.authority(authority.slug), body: authorityFeed(authority, docs, at) };
  }
  for (const id of input.charts.ids()) {
    const chart = input.charts.byId(id);
    if (!chart)
      throw new Error(`charts: chart "${id}" is listed by ids() but byId() has no such chart`);
    yield { path: chartCsvPath(id), body: chartCsv(chart) };
  }
}
