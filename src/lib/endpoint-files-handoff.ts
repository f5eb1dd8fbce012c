/**
 * Hands the feeds and chart CSVs from the pages' bundle to the build hook that
 * writes them after the pages (src/integrations/endpoint-files.ts), as
 * ./site-data-handoff.ts does for the citation files: the two share no module
 * instances, so one well-known global symbol is the channel. What is handed
 * over is a function, so the bodies are made from the very data and charts the
 * pages used, and only once the pages are done.
 */
import type { EndpointFile } from './open-data/endpoint-files.ts';

const KEY = Symbol.for('front-door-findings:endpoint-files');
type Holder = { [KEY]?: () => Iterable<EndpointFile> };

/** Called by src/charts.ts once the charts are computed. */
export function handOverEndpointFiles(make: () => Iterable<EndpointFile>): void {
  (globalThis as Holder)[KEY] = make;
}

/** The maker of this build's files, or undefined when no page loaded the charts. */
export function takeEndpointFiles(): (() => Iterable<EndpointFile>) | undefined {
  return (globalThis as Holder)[KEY];
}
