/**
 * Security headers for static hosts. One policy
 * (src/lib/security-headers.ts), three copies kept equal: public/_headers
 * (Netlify, Cloudflare Pages), the nginx snippet in docs/deploy.md, and the
 * <meta> CSP in every built page (GitHub Pages). Then, in Chromium with the
 * headers served for real: search works — Pagefind's WebAssembly and its
 * worker included — and the policy is really enforced. That no page type meets
 * a CSP violation is checked where every page type is loaded anyway, in the
 * accessibility pass (accessibility.test.ts loads them under these headers).
 * Needs `npm run build` first (npm test does it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { launchBrowser, watchedPage, type PageWatch } from '../helpers/browser.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { recordingContext, servedHeaders, violations } from './csp-recorder.ts';
import { parseHeadersFile } from './headers-file.ts';
import { PAGE_TYPES } from './page-types.ts';

describe('one policy, three copies', () => {
  it('public/_headers sends exactly the policy to every path, and the build copies it', () => {
    const text = readFileSync(join(ROOT, 'public/_headers'), 'utf8');
    expect(parseHeadersFile(text).get('/*')).toEqual(SECURITY_HEADERS);
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(text);
  });

  it('the policy allows only the site itself (plus WebAssembly for Pagefind), and forbids framing', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*|data:|blob:/);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ meta: true })).not.toContain('frame-ancestors');
  });

  it('the deploy guide gives nginx the same headers', () => {
    const doc = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(doc).toContain(`add_header ${name} "${value}" always;`);
  });

  it('every built page carries the policy in a <meta>, right after the charset, before anything loads', () => {
    const pages = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.name.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(10);
    const wrong = pages.filter((entry) => {
      const head = parse(readFileSync(join(entry.parentPath, entry.name), 'utf8')).querySelector(
        'head',
      )!;
      const [charset, csp] = head.children;
      const all = head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      return (
        !charset?.hasAttribute('charset') ||
        csp?.getAttribute('http-equiv') !== 'Content-Security-Policy' ||
        csp.getAttribute('content') !== contentSecurityPolicy({ meta: true }) ||
        all.length !== 1
      );
    });
    expect(wrong.map((e) => join(e.parentPath, e.name))).toEqual([]);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'pagefind/pagefind.js')))
      throw new Error('dist/ has no search index: run `npm run build` first (npm test does)');
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function searchWorks(watch: PageWatch): Promise<{ workers: string[] }> {
    const workers: string[] = [];
    watch.page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    const ready = PAGE_TYPES.find((p) => p.name === 'search with results')!;
    await ready.ready!(watch.page);
    expect(await watch.page.locator('[data-results] li').count()).toBeGreaterThan(0);
    return { workers };
  }

  describe('with the headers of public/_headers', () => {
    let server: StaticServer;
    let context: BrowserContext;
    beforeAll(async () => {
      server = await serveStatic(DIST, { headers: servedHeaders() });
      context = await recordingContext(browser);
    });
    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    it('search runs Pagefind in its worker, with no fallback to the main thread', async () => {
      const watch = await watchedPage(context);
      const warnings: string[] = [];
      watch.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      const loaded = watch.page.waitForEvent('worker');
      await watch.page.goto(`${server.origin}/search/?q=supervision`);
      expect(new URL((await loaded).url()).pathname).toBe('/pagefind/pagefind-worker.js');
      await searchWorks(watch);
      expect(warnings.filter((w) => /pagefind/i.test(w))).toEqual([]);
      expect(await violations(watch.page)).toEqual([]);
      await watch.page.close();
    });

    it('the policy is enforced: an injected inline script is blocked and reported (the check above can fail)', async () => {
      const watch = await watchedPage(context);
      await watch.page.goto(`${server.origin}/`);
      await watch.page
        .addScriptTag({ content: 'document.body.dataset.injected = "yes";' })
        .catch(() => undefined);
      expect(await watch.page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
      expect((await violations(watch.page)).some((v) => v.startsWith('script-src'))).toBe(true);
      await watch.page.close();
    });
  });

  it('with no headers at all (GitHub Pages), the <meta> policy alone still lets search work', async () => {
    const server = await serveStatic(DIST);
    const context = await recordingContext(browser);
    try {
      const watch = await watchedPage(context);
      await watch.page.goto(`${server.origin}/search/?q=chronology`);
      await searchWorks(watch);
      expect(await violations(watch.page)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
