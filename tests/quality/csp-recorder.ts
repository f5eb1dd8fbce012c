/**
 * Browser contexts for the page checks that run under the site's real
 * headers: every page of the context records the Content-Security-Policy
 * violations it meets (securitypolicyviolation events), and the server sends
 * the headers of public/_headers as Netlify and Cloudflare Pages do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { ROOT } from '../helpers/paths.ts';
import { parseHeadersFile } from './headers-file.ts';

/** The headers public/_headers sends with every path. */
export const servedHeaders = (): Record<string, string> =>
  parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8')).get('/*') ?? {};

/** A context whose pages record every CSP violation. */
export async function recordingContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return context;
}

/** The violations a page of a recording context has met so far. */
export const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
