/**
 * One page of every type, in headless Chromium on the built site served with
 * the headers of public/_headers (as Netlify and Cloudflare Pages send them):
 * the page loads with no CSP violation, no console error and no request to
 * another host; axe-core finds no WCAG 2.0/2.1 A and AA or WCAG 2.2 AA
 * violation, and no contrast failure in the dark colour scheme either
 * (emulated `prefers-color-scheme`, so both palettes are checked); then Tab
 * reaches every link, button, form field, summary and [tabindex=0] element,
 * and each shows a visible focus indicator. The search page is checked with
 * results on screen. Each page is loaded once for all of these checks; axe
 * is evaluated through the DevTools protocol, which the page's policy does
 * not govern, so the policy stays on. Needs `npm run build` first (npm test
 * does it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security-headers.ts';
import { launchBrowser, watchedPage, type PageWatch } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { recordingContext, servedHeaders, violations } from './csp-recorder.ts';
import { walkWithTab } from './keyboard.ts';
import { PAGE_TYPES } from './page-types.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'pagefind/pagefind.js')))
    throw new Error('dist/ has no search index: run `npm run build` first (npm test does)');
  server = await serveStatic(DIST, { headers: servedHeaders() });
  browser = await launchBrowser();
  context = await recordingContext(browser, { viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Colour rules: all the dark scheme changes (https://github.com/dequelabs/axe-core/blob/develop/doc/rule-descriptions.md). */
const CONTRAST_RULES = ['color-contrast', 'link-in-text-block'];

async function axe(
  page: Page,
  runOnly: { type: 'tag' | 'rule'; values: string[] },
): Promise<string[]> {
  return page.evaluate(async (only) => {
    // @ts-expect-error axe is injected by the caller
    const result = await window.axe.run(document, { runOnly: only });
    return result.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id} — ${v.help} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, runOnly);
}

describe.each(PAGE_TYPES.map((p) => [p.name, p] as const))('%s', (_, type) => {
  let watch: PageWatch;
  let page: Page;
  let csp: string | undefined;
  beforeAll(async () => {
    watch = await watchedPage(context);
    page = watch.page;
    const response = await page.goto(`${server.origin}${type.path}`);
    expect(response?.status()).toBe(type.status ?? 200);
    csp = response?.headers()['content-security-policy'];
    await type.ready?.(page);
    // Evaluated, not added as a <script>: the policy rightly blocks inline scripts.
    await page.evaluate(AXE);
  });
  afterAll(() => page?.close());

  it('loads under the served policy: no CSP violation, no console error, nothing from another host', async () => {
    expect(csp).toBe(contentSecurityPolicy());
    expect(await violations(page)).toEqual([]);
    // The 404 page's own status is logged as a failed load; nothing else may be.
    expect(
      watch.consoleErrors.filter((e) => !(type.status === 404 && /status of 404/.test(e))),
    ).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('axe: no WCAG 2.2 A/AA violation (light colour scheme)', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axe(page, { type: 'tag', values: TAGS })).toEqual([]);
  });

  it('axe: enough contrast in the dark colour scheme too', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page, { type: 'rule', values: CONTRAST_RULES })).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('Tab reaches every interactive element, and each shows a visible focus indicator', async () => {
    const stops = await walkWithTab(page);
    expect(stops.length).toBeGreaterThan(5);
    expect(
      stops.filter((s) => !s.reached).map((s) => s.label),
      'not reached by Tab',
    ).toEqual([]);
    expect(
      stops.filter((s) => s.reached && !s.indicated).map((s) => s.label),
      'no visible focus indicator',
    ).toEqual([]);
  });
});

describe('the keyboard walk itself', () => {
  it('reports an element Tab skips and a focus style that shows nothing', async () => {
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title><style>
      :focus-visible { outline: 3px solid #b93f00; } .quiet:focus-visible { outline: none; }</style></head>
      <body><a href="#a">fine</a> <a class="quiet" href="#b">no indicator</a> <a href="#c" tabindex="-1">skipped</a>
      <button hidden>hidden, not counted</button> <details><summary>summary</summary><a href="#d">closed, not counted</a></details></body></html>`);
    const stops = await walkWithTab(page);
    expect(stops.map((s) => [s.label, s.reached, s.indicated])).toEqual([
      ['<a> fine', true, true],
      ['<a.quiet> no indicator', true, false],
      ['<a> skipped', false, false],
      ['<summary> summary', true, true],
    ]);
    await page.close();
  });
});
