/**
 * How the heaviest reading pages load on a phone: the built site served as a static host serves it
 * (brotli when asked), each page opened in a fresh headless Chromium context (empty cache) at
 * 390 × 844 with the CPU slowed 4× — DevTools' "mid-tier mobile" — and the network not throttled
 * (127.0.0.1: the figures are the device's work, not the connection's). Per page, the median of
 * `repeats` of: ms to first contentful paint and to the load event, KB sent, elements in the DOM.
 */
import { launchBrowser } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';
import { pagesToMeasure, type PageLoadSample } from './page-load-plan.ts';

/** Loads every page of {@link pagesToMeasure} `repeats` times, each time in a new context: one sample per load. */
export async function measurePageLoad({
  dist,
  repeats = 3,
}: {
  dist: string;
  repeats?: number;
}): Promise<PageLoadSample[]> {
  const server = await serveStatic(dist, { compress: true });
  const browser = await launchBrowser();
  const samples: PageLoadSample[] = [];
  const pages = pagesToMeasure(dist);
  try {
    for (let r = 0; r < repeats; r++) {
      for (const { page, path } of pages) {
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          deviceScaleFactor: 2,
          isMobile: true,
          hasTouch: true,
        });
        try {
          const tab = await context.newPage();
          await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', {
            rate: 4,
          });
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
            const nav = performance.getEntriesByType(
              'navigation',
            )[0] as PerformanceNavigationTiming;
            return {
              fcp,
              load: nav.loadEventEnd,
              elements: document.getElementsByTagName('*').length,
            };
          });
          const bytes = server.sent.slice(before).reduce((sum, s) => sum + s.bytes, 0);
          samples.push({
            page,
            path,
            fcpMs: m.fcp === undefined ? undefined : Math.round(m.fcp),
            loadMs: Math.round(m.load),
            kb: Math.round(bytes / 102.4) / 10,
            elements: m.elements,
          });
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
