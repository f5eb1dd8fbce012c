/**
 * Copy link and Copy citation in a real browser (Debian Chromium, built site
 * on 127.0.0.1), on a finding page and in a list: without JavaScript the
 * permalink is a visible link and no button shows; with it every finding has
 * two real buttons (44 px targets) named for their finding, and a click puts
 * the permalink or the finding's APA reference on the clipboard. The
 * "Cite this" buttons copy the references shown. A local preview build shows
 * its notice. Needs the built site (npm test builds first).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalSite } from '../../src/lib/site/site-config.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { BASE, canonical, DIST, readBuilt, requireDist, SITE } from './built.ts';

const ID = 'leicester-2009-08-d3';
const PAGE = `findings/${ID}/`;
const LIST = 'themes/transfer-and-handover/';
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

async function open(
  path: string,
  javaScriptEnabled = true,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled });
  if (javaScriptEnabled)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.origin,
    });
  const page = await context.newPage();
  await page.goto(`${server.origin}${BASE}${path}`);
  return { context, page };
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('without JavaScript', () => {
  it('a finding page shows its permalink as a link and no copy button; the references are there to select', async () => {
    const { context, page } = await open(PAGE, false);
    const permalink = page.locator('.finding-actions__permalink a');
    expect(await permalink.textContent()).toBe(canonical(PAGE));
    expect(await permalink.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
    expect(await page.locator('blockquote.cite-this__reference').count()).toBe(2);
    await context.close();
  });
});

describe('with JavaScript', () => {
  it('a finding page: Copy link and Copy citation are 44 px buttons above the fold, and copy the permalink and the APA reference', async () => {
    const { context, page } = await open(PAGE);
    await page.setViewportSize({ width: 390, height: 844 });
    const link = page.getByRole('button', { name: `Copy link to finding ${ID}` });
    const cite = page.getByRole('button', { name: `Copy citation of finding ${ID}` });
    for (const button of [link, cite]) {
      const box = (await button.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.y + box.height).toBeLessThanOrEqual(844 * 1.5);
    }
    await link.click();
    await expect.poll(() => clipboard(page)).toBe(canonical(PAGE));
    expect(await page.getByRole('status').textContent()).toBe(`Copied link to finding ${ID}.`);
    await cite.click();
    await expect.poll(() => clipboard(page)).toBe(readBuilt(`${PAGE}cite.txt`).trim());
    expect(await clipboard(page)).toMatch(
      new RegExp(
        `^Ofsted\\. \\(2009\\)\\. Leicester: area for development 3, annual unannounced inspection .*${canonical(PAGE).replace(/[.?]/g, '\\$&')}$`,
      ),
    );
    await context.close();
  });

  it('"Cite this" copies the APA reference shown', async () => {
    const { context, page } = await open(PAGE);
    await page.getByRole('button', { name: 'Copy APA reference' }).click();
    await expect
      .poll(() => clipboard(page))
      .toMatch(/^Ofsted\. \(2009\)\. Leicester: area for development 3, /);
    expect(await clipboard(page)).toBe(
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property
      (await page.locator('blockquote.cite-this__reference').first().innerText()).trim(),
    );
    await context.close();
  });

  it('in a list, every finding has its own two buttons, named for it, and each copies its own finding', async () => {
    const { context, page } = await open(LIST);
    const ids = await page
      .locator('li.finding .finding-actions__permalink a')
      .evaluateAll((links) =>
        links.map((a) => a.getAttribute('href')!.replace(/\/$/, '').split('/').pop()!),
      );
    expect(ids.length).toBeGreaterThan(1);
    // Names from the DOM (long lists skip rendering off-screen parts, content-visibility: auto, which hides them from a role query).
    const names = await page
      .locator('li.finding .finding-actions button')
      .evaluateAll((buttons) => buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim()));
    expect(names).toEqual(
      ids.flatMap((id) => [`Copy link to finding ${id}`, `Copy citation of finding ${id}`]),
    );
    const last = ids.at(-1)!;
    const button = (name: string) =>
      page.locator('li.finding .finding-actions button').filter({ hasText: name });
    await button(`Copy citation of finding ${last}`).click();
    await expect.poll(() => clipboard(page)).toBe(readBuilt(`findings/${last}/cite.txt`).trim());
    await button(`Copy link to finding ${last}`).click();
    await expect.poll(() => clipboard(page)).toBe(canonical(`findings/${last}/`));
    await context.close();
  });
});

describe.runIf(isLocalSite(SITE))('a local preview build', () => {
  it('says on screen, above the citation, that its links are local', async () => {
    const { context, page } = await open(PAGE);
    await expect
      .poll(() => page.getByRole('note', { name: 'Local preview' }).isVisible())
      .toBe(true);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property
    expect(await page.getByRole('note', { name: 'Local preview' }).innerText()).toContain(SITE);
    expect(await page.locator('.cite-this .local-note').isVisible()).toBe(true);
    await context.close();
  });
});
