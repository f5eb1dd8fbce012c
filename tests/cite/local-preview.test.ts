/**
 * A build made without SITE (as `npm test` builds) says plainly, at the top
 * of every page and inside every citation box, that its links are local; a
 * build made with SITE says nothing of the kind (and carries no local address:
 * tests/quality/reproducible-build.test.ts).
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLocalSite } from '../../src/lib/site/site-config.ts';
import { builtPage, DIST, requireDist, SITE } from './built.ts';

beforeAll(requireDist);
const local = isLocalSite(SITE);
const pages = () =>
  (readdirSync(DIST, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => f.replace(/index\.html$/, '').replaceAll('\\', '/'));

describe(`a ${local ? 'local preview' : 'published'} build (SITE=${SITE})`, () => {
  it(
    local
      ? 'shows the local-preview banner on every page, naming the address'
      : 'shows no local-preview banner',
    () => {
      const all = pages();
      expect(all.length).toBeGreaterThan(50);
      for (const path of all) {
        const banner = builtPage(path).querySelector('.banner--local');
        if (!local) expect(banner, path).toBeNull();
        else expect(banner?.text, path).toContain(`point to ${SITE}`);
      }
    },
  );

  it(local ? 'says so inside every citation box' : 'says nothing inside citation boxes', () => {
    for (const path of ['findings/leicester-2009-08-d3/', 'letters/leicester-2009-08/', 'data/']) {
      const page = builtPage(path);
      const box = page.querySelector('section.cite-this') ?? page.querySelector('main');
      expect(box!.querySelectorAll('.local-note').length, path).toBe(local ? 1 : 0);
    }
  });
});
