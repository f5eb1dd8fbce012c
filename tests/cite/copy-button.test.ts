/**
 * The copy buttons in a real browser (Debian Chromium, built site on
 * 127.0.0.1): hidden without JavaScript, shown with it, and a click puts the
 * reference on the clipboard. Needs the built site (npm test builds first).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { BASE, DIST, requireDist } from './built.ts';

const PAGE = 'findings/leicester-2009-08-d3/';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST, { base: BASE });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('copy buttons', () => {
  it('stay hidden without JavaScript; the references are still there to select', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}${PAGE}`);
    expect(await page.getByRole('button', { name: /Copy APA reference/ }).count()).toBe(0);
    expect(await page.locator('blockquote.cite-this__reference').count()).toBe(2);
    await context.close();
  });

  it('copy the APA reference as text when clicked', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}${PAGE}`);
    const button = page.getByRole('button', { name: 'Copy APA reference' });
    await button.click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Ofsted\. \(2009\)\. Leicester: area for development 3, annual unannounced inspection .*\/findings\/leicester-2009-08-d3\/$/);
    await context.close();
  });
});
