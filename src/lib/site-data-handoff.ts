/**
 * Hands the site data from the pages to the build hooks that run after them.
 * The citation files (src/integrations/citation-files.ts) are written once the
 * pages are built, from the same documents and permalinks the pages showed —
 * not from files read back out of dist/. Astro prerenders pages in the same
 * process as its integrations, but from its own bundle of src/, so the two
 * share no module instances: one well-known global symbol is the channel.
 */
import type { SourceDocument } from '../schemas/document.ts';
import type { FindingPermalink } from './permalinks.ts';

/** What the build hooks need of the site data. */
export interface HandedOverData {
  documents: readonly SourceDocument[];
  permalinks: readonly FindingPermalink[];
}

const KEY = Symbol.for('front-door-findings:site-data');
type Holder = { [KEY]?: HandedOverData };

/** Called by src/data.ts once the data is loaded. */
export function handOverSiteData(data: HandedOverData): void {
  (globalThis as Holder)[KEY] = data;
}

/** The data the pages of this build used, or undefined when no page loaded it. */
export function takeSiteData(): HandedOverData | undefined {
  return (globalThis as Holder)[KEY];
}
