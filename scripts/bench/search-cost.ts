/**
 * What a search costs a reader: the built site served as a static host serves it
 * (brotli when the browser asks), /search/ opened in headless Chromium, queries typed key by key.
 *
 * For each query and each repeat:
 *  - cold: a fresh browser context (empty HTTP cache) opens /search/ and the query is typed as soon
 *    as the page has loaded. Bytes = page load + that first search; ms = last keydown → first result
 *    on a page whose search may still be loading.
 *  - cached: the same context opens /search/ again (a returning visitor: HTTP cache warm) and types
 *    the query again. Same figures.
 *  - warm: a fresh context opens /search/, waits until search is ready, runs another of the queries
 *    (so the runtime and some index chunks are loaded), clears the box, then types the query.
 *    Bytes = what this later search adds; ms = last keydown → first result once search has loaded.
 *
 * Bytes are response bodies as the server sent them (brotli-compressed where the browser asked;
 * Pagefind's own files are already gzipped and go as they are), HTTP headers not counted (about
 * 200 B a response over HTTP/1.1 here; HTTP/2 hosts compress them). ms are performance.now()
 * in the page: a keydown listener and a MutationObserver on [data-results] (the moment the list
 * goes from empty to its first item for the final query).
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { serveStatic, type StaticServer } from '../lib/static-server.ts';
import { median } from './median.ts';

/** Benchmark queries: one word, a word with many hits, a phrase. */
export const SEARCH_QUERIES = ['chronology', 'supervision', '"strategy discussions"'] as const;

/** Targets for what a search costs (docs/benchmarks.md). */
export const SEARCH_TARGETS = { firstKb: 150, laterKb: 50, warmMs: 150, coldMs: 600 } as const;

export interface SearchCostOptions {
  dist: string;
  queries?: readonly string[];
  repeats?: number;
  /** Pause between keystrokes (a brisk typist: ~10 keys a second). */
  typingDelayMs?: number;
  /** Longest wait for one search's results. */
  timeoutMs?: number;
  /** Slow the page's CPU down this many times (4: a mid-range phone); 1 or unset: as fast as this machine. */
  cpuSlowdown?: number;
}

/** One search as measured. */
export interface SearchSample {
  query: string;
  mode: 'cold' | 'cached' | 'warm';
  bytes: number;
  requests: number;
  /** Last keydown to the first result of this query; undefined when no result appeared. */
  ms?: number;
  results?: number;
  /** Bytes per kind of file (html, css, js, pagefind.js, worker, wasm, meta, index, filter, fragment, other). */
  byKind: Record<string, number>;
}

const INSTRUMENT = `(() => {
  const s = (window.__fdfSearch = { lastKey: -1, fills: [] });
  addEventListener('keydown', () => { s.lastKey = performance.now(); }, true);
  const watch = () => {
    const list = document.querySelector('[data-results]');
    if (!list) return;
    let had = list.querySelector('li') !== null;
    new MutationObserver(() => {
      const has = list.querySelector('li') !== null;
      if (has && !had) s.fills.push(performance.now());
      had = has;
    }).observe(list, { childList: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch); else watch();
})();`;

function kindOf(pathAndQuery: string): string {
  const path = pathAndQuery.replace(/[?#].*$/, '');
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (path.includes('/pagefind/')) {
    if (file === 'pagefind.js') return 'pagefind.js';
    if (file === 'pagefind-worker.js') return 'worker';
    if (file.startsWith('wasm.')) return 'wasm';
    if (file.endsWith('.pf_meta')) return 'meta';
    if (file.endsWith('.pf_index')) return 'index';
    if (file.endsWith('.pf_filter')) return 'filter';
    if (file.endsWith('.pf_fragment')) return 'fragment';
    if (file.endsWith('.json')) return 'meta';
    return 'other';
  }
  if (path.endsWith('/') || file.endsWith('.html')) return 'html';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.js')) return 'js';
  return 'other';
}

/**
 * Bytes per phase, from what the server sent (every request, the worker's included, goes through it).
 * Playwright's own events only tell when the network is quiet: its request sizes miss the body of
 * Pagefind's worker script.
 */
class Meter {
  private inflight = new Set<Request>();
  private mark = 0;
  private server: StaticServer;

  constructor(context: BrowserContext, server: StaticServer) {
    this.server = server;
    context.on('request', (r) => this.inflight.add(r));
    context.on('requestfinished', (r) => this.inflight.delete(r));
    context.on('requestfailed', (r) => this.inflight.delete(r));
  }

  /** Starts counting afresh. */
  start(): void {
    this.mark = this.server.sent.length;
  }

  /** Waits until no request has been in flight for `quietMs`, then returns what was sent since start(). */
  async settle(
    quietMs = 150,
    timeoutMs = 10_000,
  ): Promise<{ bytes: number; requests: number; byKind: Record<string, number> }> {
    const until = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() < until) {
      if (this.inflight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const mine = this.server.sent.slice(this.mark);
    const byKind: Record<string, number> = {};
    for (const r of mine) byKind[kindOf(r.path)] = (byKind[kindOf(r.path)] ?? 0) + r.bytes;
    return { bytes: mine.reduce((n, r) => n + r.bytes, 0), requests: mine.length, byKind };
  }
}

/** Types `query` into the search box and waits for its results; ms from the last keydown to the first result. */
async function search(
  page: Page,
  query: string,
  typingDelayMs: number,
  timeoutMs: number,
): Promise<{ ms?: number; results: number }> {
  const input = page.locator('#search-q');
  await input.focus();
  await page.keyboard.type(query, { delay: typingDelayMs });
  const summary = page.locator('[data-summary]');
  // The summary names the query once its results are on the page (or says there are none).
  await summary.filter({ hasText: `“${query}”` }).waitFor({ timeout: timeoutMs });
  // The first results show at once, the rest of the first page (20) a moment later: wait for all of it.
  const total = Number(/(\d+) results?/.exec((await summary.textContent()) ?? '')?.[1] ?? 0);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-results] > li').length >= n,
    Math.min(20, total),
    { timeout: timeoutMs },
  );
  const { lastKey, fills } = await page.evaluate(
    () => (window as unknown as { __fdfSearch: { lastKey: number; fills: number[] } }).__fdfSearch,
  );
  const results = await page.locator('[data-results] > li').count();
  const after = fills.filter((t) => t >= lastKey);
  // Each search empties the list and refills it: the last fill is the final query's.
  return { ms: results > 0 && after.length > 0 ? after.at(-1)! - lastKey : undefined, results };
}

async function clear(page: Page, meter: Meter, timeoutMs: number): Promise<void> {
  await page.locator('#search-q').fill('');
  await page
    .locator('[data-results] > li')
    .first()
    .waitFor({ state: 'detached', timeout: timeoutMs });
  await meter.settle();
}

async function newPage(
  browser: Browser,
  server: StaticServer,
  cpuSlowdown = 1,
): Promise<{ context: BrowserContext; page: Page; meter: Meter }> {
  const context = await browser.newContext();
  const meter = new Meter(context, server);
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  if (cpuSlowdown > 1)
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', {
      rate: cpuSlowdown,
    });
  return { context, page, meter };
}

/** Measures every query `repeats` times in each mode. Needs a dist/ with pagefind/ in it. */
export async function measureSearchCost(options: SearchCostOptions): Promise<SearchSample[]> {
  const {
    dist,
    queries = SEARCH_QUERIES,
    repeats = 3,
    typingDelayMs = 100,
    timeoutMs = 20_000,
    cpuSlowdown = 1,
  } = options;
  const server = await serveStatic(dist, { compress: true, etag: true });
  const browser = await launchBrowser();
  const samples: SearchSample[] = [];
  const url = `${server.origin}/search/`;
  try {
    for (let rep = 0; rep < repeats; rep++) {
      for (const [i, query] of queries.entries()) {
        // Cold, then cached (reload in the same context).
        {
          const { context, page, meter } = await newPage(browser, server, cpuSlowdown);
          for (const mode of ['cold', 'cached'] as const) {
            meter.start();
            // The second visit opens /search/ again (a reload would keep ?q= from the first search).
            await page.goto(url, { waitUntil: 'load' });
            const r = await search(page, query, typingDelayMs, timeoutMs);
            const b = await meter.settle();
            samples.push({ query, mode, ...b, ...r });
          }
          await context.close();
        }
        // Warm: search loaded and used once for another query.
        {
          const { context, page, meter } = await newPage(browser, server, cpuSlowdown);
          await page.goto(url, { waitUntil: 'load' });
          // Its results on the page mean search has loaded.
          await search(page, queries[(i + 1) % queries.length]!, typingDelayMs, timeoutMs);
          await clear(page, meter, timeoutMs);
          meter.start();
          const r = await search(page, query, typingDelayMs, timeoutMs);
          const b = await meter.settle();
          samples.push({ query, mode: 'warm', ...b, ...r });
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return samples;
}

/**
 * Flat figures for results.json: per query and mode the median KB and ms
 * (`chronology.cold.kb`), and per mode the worst query's median (`cold.kb`), which the targets apply to.
 */
export function searchFigures(
  samples: readonly SearchSample[],
): Record<string, number | string | boolean> {
  const figures: Record<string, number | string | boolean> = {};
  for (const mode of ['cold', 'cached', 'warm'] as const) {
    let worstKb = 0;
    let worstMs = 0;
    for (const query of new Set(samples.map((s) => s.query))) {
      const mine = samples.filter((s) => s.query === query && s.mode === mode);
      const kb = median(mine.map((s) => s.bytes / 1024));
      const ms = median(mine.flatMap((s) => (s.ms === undefined ? [] : [s.ms])));
      const key = query.replace(/"/g, '').replace(/\s+/g, '-');
      if (kb !== undefined) figures[`${key}.${mode}.kb`] = Math.round(kb * 10) / 10;
      if (ms !== undefined) figures[`${key}.${mode}.ms`] = Math.round(ms);
      figures[`${key}.results`] = Math.max(0, ...mine.map((s) => s.results ?? 0));
      worstKb = Math.max(worstKb, kb ?? 0);
      worstMs = Math.max(worstMs, ms ?? 0);
    }
    figures[`${mode}.kb`] = Math.round(worstKb * 10) / 10;
    figures[`${mode}.ms`] = Math.round(worstMs);
  }
  // What the first search's bytes are made of (median over all cold samples), to see what to cut.
  const cold = samples.filter((s) => s.mode === 'cold');
  for (const kind of new Set(cold.flatMap((s) => Object.keys(s.byKind)))) {
    figures[`cold.kb.${kind}`] =
      Math.round((median(cold.map((s) => (s.byKind[kind] ?? 0) / 1024)) ?? 0) * 10) / 10;
  }
  const warm = samples.filter((s) => s.mode === 'warm');
  for (const kind of new Set(warm.flatMap((s) => Object.keys(s.byKind)))) {
    figures[`warm.kb.${kind}`] =
      Math.round((median(warm.map((s) => (s.byKind[kind] ?? 0) / 1024)) ?? 0) * 10) / 10;
  }
  figures.targetsMet =
    (figures['cold.kb'] as number) < SEARCH_TARGETS.firstKb &&
    (figures['warm.kb'] as number) < SEARCH_TARGETS.laterKb &&
    (figures['warm.ms'] as number) < SEARCH_TARGETS.warmMs &&
    (figures['cold.ms'] as number) < SEARCH_TARGETS.coldMs;
  return figures;
}
