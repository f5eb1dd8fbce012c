/**
 * The benchmark steps that measure the built site in headless Chromium, once per N (the served site
 * does not depend on where it was built): search cost (search-cost.ts), on this machine and on a
 * phone-speed CPU, and how the heaviest pages load (page-load.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measurement } from './measurement.ts';
import { measurePageLoad } from './page-load.ts';
import { pageLoadFigures } from './page-load-plan.ts';
import { measureSearchCost, searchFigures } from './search-cost.ts';

/**
 * What a reader's search costs on the built site see search-cost.ts: KB and ms
 * per query for a cold page, a returning visit and a later search, medians of 3. Once per N (the
 * served site does not depend on where it was built). `cpuSlowdown` slows the page's CPU down.
 */
function searchStep(id: string, label: string, cpuSlowdown = 1): Measurement {
  return {
    id,
    label,
    async run(ctx) {
      if (ctx.repeatOfN)
        return {
          status: 'skipped',
          error: 'measured once per N, on the first location',
          figures: {},
        };
      if (
        ctx.steps.build?.status !== 'ok' ||
        !existsSync(join(ctx.dirs.dist, 'pagefind', 'pagefind.js'))
      )
        return { status: 'skipped', error: 'no built site with a search index', figures: {} };
      const t0 = performance.now();
      const samples = await measureSearchCost({ dist: ctx.dirs.dist, repeats: 3, cpuSlowdown });
      // Every sample, next to results.json (the run's own folder is removed after a RAM-disk run).
      writeFileSync(
        join(ctx.repo, 'bench-out', `${id}-samples-n${ctx.n}.json`),
        `${JSON.stringify(samples, null, 2)}\n`,
      );
      return {
        status: 'ok',
        seconds: (performance.now() - t0) / 1000,
        figures: searchFigures(samples),
      };
    },
  };
}

export const search = searchStep('search', 'search in Chromium');
/** The same with the page's CPU slowed 4× (a mid-range phone): the latency targets on a slower device. */
export const searchPhone = searchStep('searchPhone', 'search on a phone-speed Chromium', 4);

/**
 * How the heaviest reading pages load on a phone-speed Chromium (see page-load.ts): ms to first paint
 * and to load, KB, DOM size, medians of 3. Once per N, like search.
 */
export const pageLoad: Measurement = {
  id: 'pageLoad',
  label: 'page load on a phone-speed Chromium',
  async run(ctx) {
    if (ctx.repeatOfN)
      return {
        status: 'skipped',
        error: 'measured once per N, on the first location',
        figures: {},
      };
    if (ctx.steps.build?.status !== 'ok')
      return { status: 'skipped', error: 'no built site', figures: {} };
    const t0 = performance.now();
    const samples = await measurePageLoad({ dist: ctx.dirs.dist, repeats: 3 });
    return {
      status: 'ok',
      seconds: (performance.now() - t0) / 1000,
      figures: pageLoadFigures(samples),
    };
  },
};
