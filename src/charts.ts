/**
 * The site's charts and coverage, computed once per build from src/data.ts (like
 * it, the promise is memoised so every page shares it; each chart's SVG is drawn
 * once, on first use).
 */
import { getSiteData } from './data.ts';
import { coverage, type CoverageRow } from './lib/charts/coverage.ts';
import { siteCharts, type SiteCharts } from './lib/charts/site-charts.ts';
import { siteLocationFromEnv } from './lib/citation/site-url.ts';
import { handOverEndpointFiles } from './lib/endpoint-files-handoff.ts';
import { endpointFiles } from './lib/open-data/endpoint-files.ts';

/** Charts and the coverage table. */
export interface ChartData {
  charts: SiteCharts;
  coverage: CoverageRow[];
}

let cached: Promise<ChartData> | undefined;

/** The charts, loaded once per build. */
export function getChartData(): Promise<ChartData> {
  cached ??= getSiteData().then((data) => {
    const charts = siteCharts(data);
    // The feeds and chart CSVs are written after the pages, from these same data and charts
    // (src/integrations/endpoint-files.ts).
    handOverEndpointFiles(() => endpointFiles({ ...data, charts }, siteLocationFromEnv()));
    return { charts, coverage: coverage(data.authorities, data.documentsByAuthority) };
  });
  return cached;
}
