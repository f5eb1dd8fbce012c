/**
 * How the heaviest reading pages load on a phone: the built site served as a static host serves it
 * (brotli when asked), each page opened in a fresh headless Chromium context (empty cache) at
 * 390 × 844 with the CPU slowed 4× — DevTools' "mid-tier mobile" — and the network not throttled
 * (127.0.0.1: the figures are the device's work, not the connection's). Per page, the median of
 * `repeats` of: ms to first contentful paint and to the load event, KB sent, elements in the DOM.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { median } from './median.ts';

export interface PageLoadSample { page: string; path: string; fcpMs?: number; loadMs: number; kb: number; elements: number }

/**
 * The site path of the largest `index.html` one folder below `folder` (`themes/x/`), if any; `beside`
 * keeps only folders holding that file too (a letter's folder has its `cite.bib`, `by-authority/` not).
 */
function largestPage(dist: string, folder: string, beside?: string): string | undefined {
  const sized = readdirSync(join(dist, folder), { withFileTypes: true })
    .filter((e) => e.isDirectory() && (beside === undefined || existsSync(join(dist, folder, e.name, beside))))
    .flatMap((e) => {
      try {
        return [{ path: `/${folder}/${e.name}/`, bytes: statSync(join(dist, folder, e.name, 'index.html')).size }];
      } catch {
        return [];
      }
    });
  return sized.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))[0]?.path;
}

/** The pages measured: the home page, the largest theme page, /picture/, the largest letter and the first finding page. */
export function pagesToMeasure(dist: string): { page: string; path: string }[] {
  const finding = readdirSync(join(dist, 'findings')).sort()[0];
  const pages = [
    { page: 'home', path: '/' },
    { page: 'largest theme', path: largestPage(dist, 'themes') },
    { page: 'picture', path: '/picture/' },
    { page: 'largest letter', path: largestPage(dist, 'letters', 'cite.bib') },
    { page: 'finding', path: finding && `/findings/${finding}/` },
  ];
  return pages.filter((p): p is { page: string; path: string } => p.path !== undefined);
}

/** Loads every page of {@link pagesToMeasure} `repeats` times, each time in a new context: one sample per load. */
export async function measurePageLoad({ dist, repeats = 3 }: { dist: string; repeats?: number }): Promise<PageLoadSample[]> {
  const server = await serveStatic(dist, { compress: true });
  const browser = await launchBrowser();
  const samples: PageLoadSample[] = [];
  const pages = pagesToMeasure(dist);
  try {
    for (let r = 0; r < repeats; r++) {
      for (const { page, path } of pages) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
        try {
          const tab = await context.newPage();
          await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
          const before = server.sent.length;
          await tab.goto(server.origin + path, { waitUntil: 'load' });
          // A big page can paint after its load event: wait for the paint entry (15 s at most).
          const m = await tab.evaluate(async () => {
            const fcp = await new Promise<number | undefined>((resolve) => {
              new PerformanceObserver((list) => {
                const entry = list.getEntriesByName('first-contentful-paint')[0];
                if (entry) resolve(entry.startTime);
              }).observe({ type: 'paint', buffered: true });
              setTimeout(() => resolve(undefined), 15_000);
            });
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
            return { fcp, load: nav.loadEventEnd, elements: document.getElementsByTagName('*').length };
          });
          const bytes = server.sent.slice(before).reduce((sum, s) => sum + s.bytes, 0);
          samples.push({ page, path, fcpMs: m.fcp === undefined ? undefined : Math.round(m.fcp), loadMs: Math.round(m.load), kb: Math.round(bytes / 102.4) / 10, elements: m.elements });
        } finally {
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

/** Flat figures for results.json: per page its path and the median of each figure (`picture.loadMs`). */
export function pageLoadFigures(samples: readonly PageLoadSample[]): Record<string, number | string> {
  const figures: Record<string, number | string> = {};
  for (const page of new Set(samples.map((s) => s.page))) {
    const mine = samples.filter((s) => s.page === page);
    const key = page.replace(/\s+/g, '-');
    figures[`${key}.path`] = mine[0]!.path;
    for (const field of ['fcpMs', 'loadMs', 'kb', 'elements'] as const) {
      const m = median(mine.flatMap((s) => (s[field] === undefined ? [] : [s[field]])));
      if (m !== undefined) figures[`${key}.${field}`] = field === 'kb' ? Math.round(m * 10) / 10 : Math.round(m);
    }
  }
  return figures;
}
