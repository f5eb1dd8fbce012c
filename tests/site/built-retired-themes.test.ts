/**
 * Retired themes keep their old addresses (/themes/<old-id>/): each page says the
 * theme is gone, links to the live themes that replaced it, and for the
 * "repeats the previous inspection" relation lists exactly the findings that say
 * so. Checked over the built site (run `npm run build` first; `npm test` does),
 * against content/themes.yaml and content/letters/*.mdx read with the `yaml`
 * package, not through the site's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadDocuments } from '../helpers/content.ts';
import { BASE, DIST, ROOT } from '../helpers/paths.ts';

interface Retired {
  id: string;
  label: string;
  replacedBy?: string[];
  relation?: string;
}
const taxonomy = parseYaml(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8')) as {
  themes: { id: string; label: string }[];
  retired?: Retired[];
};
const retired = taxonomy.retired ?? [];
const repeating = loadDocuments()
  .flatMap((d) => d.findings)
  .filter((f) => f.repeatsPrevious)
  .map((f) => f.id);

function page(path: string): HTMLElement {
  const file = join(DIST, path, 'index.html');
  if (!existsSync(file))
    throw new Error(`no built page ${file}: run \`npm run build\` first (npm test does)`);
  return parseHtml(readFileSync(file, 'utf8'));
}
const hrefs = (el: HTMLElement) => el.querySelectorAll('a').map((a) => a.getAttribute('href'));

describe('retired theme pages', () => {
  it('the taxonomy retires the split and the relation, and no live theme reuses their ids', () => {
    expect(retired.map((r) => r.id).sort()).toEqual([
      'progress-since-last-inspection',
      'thresholds-and-early-help',
    ]);
    for (const r of retired)
      expect(
        taxonomy.themes.some((t) => t.id === r.id),
        r.id,
      ).toBe(false);
  });

  it.each(retired.map((r) => [r.id, r] as const))(
    '/themes/%s/ says it is no longer a theme and links to what replaced it',
    (id, r) => {
      const main = page(`themes/${id}/`).querySelector('main')!;
      expect(main.querySelector('h1')!.text.trim()).toBe(r.label);
      expect(main.text).toMatch(/no longer a theme/);
      for (const next of r.replacedBy ?? [])
        expect(hrefs(main), next).toContain(`${BASE}themes/${next}/`);
      expect(
        page('themes/').querySelector(`#former-themes ~ ul a[href="${BASE}themes/${id}/"]`),
        'listed on /themes/',
      ).not.toBeNull();
    },
  );

  it('the relation page lists exactly the findings that repeat a point of the previous inspection', () => {
    const r = retired.find((x) => x.relation === 'repeats-previous')!;
    const main = page(`themes/${r.id}/`).querySelector('main')!;
    expect(repeating.length).toBeGreaterThan(0);
    const linked = new Set(
      hrefs(main)
        .map((h) => /findings\/([^/]+)\/$/.exec(h ?? '')?.[1])
        .filter((x) => x !== undefined),
    );
    expect([...linked].sort()).toEqual([...repeating].sort());
  });
});
