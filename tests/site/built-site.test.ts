/**
 * Checks over the built site in dist/ (run `npm run build` first; `npm test`
 * does): every document, authority, theme and finding id has a page; every
 * finding is on its letter page with its id as anchor and its exact text; one
 * h1 per page, headings in order; no scripts on reading pages; the licence
 * and its attribution on /about/. Links and anchors are checked by the one
 * link checker (scripts/check-links.ts, tests/quality/links.test.ts).
 * Content is read from content/ directly, not through the site's own code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { OGL } from '../../src/lib/open-data/licence.ts';
import { loadDocuments } from '../helpers/content.ts';
import { BASE, DIST, GENERATED, ROOT } from '../helpers/paths.ts';

interface Page {
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}
const pages = new Map<string, Page>();

/** Site path (after the base) of a built HTML file: `letters/x/index.html` → `letters/x/`. */
const pathOf = (file: string): string =>
  relative(DIST, file)
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const docs = loadDocuments();
const registry = JSON.parse(readFileSync(join(GENERATED, 'finding-ids.json'), 'utf8'))
  .ids as Record<string, { document: string; status: string; retiredBecause?: string }>;
const themesFile = join(ROOT, 'content/themes.yaml');
const themes = existsSync(themesFile)
  ? ((parseYaml(readFileSync(themesFile, 'utf8')) as { themes?: { id: string }[] } | null)
      ?.themes ?? [])
  : [];

/** Whitespace collapsed, typographic quotes and dashes made plain: what "the same text" means here. */
const normalise = (s: string): string =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const page = (path: string): Page => {
  const p = pages.get(path);
  if (!p) throw new Error(`no page at ${BASE}${path} (dist/${path}index.html)`);
  return p;
};

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      'dist/ is missing or has no index.html: run `npm run build` first (`npm test` builds before testing)',
    );
  }
  for (const file of walk(DIST).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const root = parseHtml(html);
    pages.set(pathOf(file), { path: pathOf(file), file, html, root });
  }
});

describe('every document, authority, theme and finding id has a page', () => {
  it('documents', () => {
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(pages.has(`letters/${d.slug}/`), d.slug).toBe(true);
  });
  it('authorities with documents, and all 152 on the index', () => {
    for (const d of docs)
      expect(pages.has(`authorities/${d.authority.slug}/`), d.authority.slug).toBe(true);
    const index = page('authorities/').root.querySelectorAll('main li');
    expect(index.length).toBeGreaterThanOrEqual(152);
  });
  it('themes', () => {
    for (const t of themes) expect(pages.has(`themes/${t.id}/`), t.id).toBe(true);
    if (themes.length === 0)
      expect(page('themes/').root.querySelector('main')!.text).toMatch(/no themes yet/i);
  });
  it('finding ids, retired ones included', () => {
    const ids = new Set([
      ...Object.keys(registry),
      ...docs.flatMap((d) => d.findings.map((f) => f.id)),
    ]);
    for (const id of ids) expect(pages.has(`findings/${id}/`), id).toBe(true);
    for (const [id, entry] of Object.entries(registry).filter(([, e]) => e.status === 'retired')) {
      const text = page(`findings/${id}/`).root.querySelector('main')!.text;
      expect(text).toMatch(/retired/i);
      if (entry.retiredBecause) expect(normalise(text)).toContain(normalise(entry.retiredBecause));
    }
  });
  it('years, about, accessibility, 404, letters by authority', () => {
    for (const p of [
      'years/',
      'about/',
      'accessibility/',
      '404.html',
      'letters/',
      'letters/by-authority/',
    ])
      expect(pages.has(p), p).toBe(true);
    for (const d of docs) expect(pages.has(`years/${d.inspection.start.slice(0, 4)}/`)).toBe(true);
  });
});

describe('about page', () => {
  it('links to the licence and gives the attribution it asks for', () => {
    expect(page('about/').root.querySelector(`a[href="${OGL.url}"]`)).not.toBeNull();
    expect(page('about/').root.querySelector('main')!.text).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0.',
    );
  });
});

describe('letter pages', () => {
  it('show every finding with its id as anchor, its judgement and its exact text, kept out of the search index', () => {
    for (const d of docs) {
      const root = page(`letters/${d.slug}/`).root;
      const blocks = root.querySelectorAll('li.finding');
      expect(
        blocks.map((b) => b.id),
        d.slug,
      ).toEqual(d.findings.map((f) => f.id));
      for (const f of d.findings) {
        const el = root.getElementById(f.id)!;
        expect(el.getAttribute('data-judgement'), f.id).toBe(f.judgement);
        expect(el.hasAttribute('data-pagefind-ignore'), f.id).toBe(true);
        expect(normalise(el.querySelector('.finding__text')!.text), f.id).toBe(normalise(f.text));
        expect(el.querySelector(`a[href$="findings/${f.id}/"]`), f.id).not.toBeNull();
        expect(el.querySelector(`a[href="#${f.id}"]`), f.id).not.toBeNull();
      }
    }
  });
  it('put the letter text under an h2 and label council reports as the council’s words', () => {
    for (const d of docs) {
      const root = page(`letters/${d.slug}/`).root;
      expect(root.querySelectorAll('h2').map((h) => h.text)).toContain(
        d.kind === 'ofsted-letter' ? 'Text of the letter' : 'Text of the report',
      );
      expect(root.querySelector('main dl'), d.slug).not.toBeNull();
      const banner = root.querySelector('.banner--council');
      if (d.kind === 'council-report')
        expect(banner?.text).toMatch(/council’s words, not Ofsted’s/);
      else expect(banner).toBeNull();
    }
  });
});

describe('finding pages', () => {
  it('quote the text, name authority, year and judgement in title and description, and declare search filters', () => {
    const labels = {
      'priority-action': 'Area for priority action',
      'area-for-development': 'Area for development',
      strength: 'Strength',
      'meets-requirements': 'Meets requirements',
    };
    for (const d of docs) {
      for (const f of d.findings) {
        const root = page(`findings/${f.id}/`).root;
        const title = root.querySelector('title')!.text;
        const description = root
          .querySelector('meta[name="description"]')!
          .getAttribute('content')!;
        for (const needle of [
          labels[f.judgement],
          d.authority.name,
          d.inspection.start.slice(0, 4),
        ]) {
          expect(title, f.id).toContain(needle);
          expect(description, f.id).toContain(needle);
        }
        expect(normalise(root.querySelector('blockquote')!.text)).toBe(normalise(f.text));
        expect(root.querySelector(`a[href$="letters/${d.slug}/#${f.id}"]`), f.id).not.toBeNull();
        const main = root.querySelector('main')!;
        expect(main.hasAttribute('data-pagefind-body')).toBe(true);
        const filters = main
          .querySelectorAll('[data-pagefind-filter]')
          .map((e) => e.getAttribute('data-pagefind-filter')!.split(':')[0]);
        for (const key of ['judgement', 'authority', 'region', 'year', 'kind'])
          expect(filters, f.id).toContain(key);
        expect(filters.filter((k) => k === 'theme').length, f.id).toBe(f.themes.length);
        for (const t of f.themes.filter((t) => t.source === 'rule'))
          expect(normalise(main.text), f.id).toContain(`tagged because: '${normalise(t.matched)}'`);
        for (const t of f.themes.filter((t) => t.source === 'model'))
          expect(normalise(main.text), f.id).toContain(
            `tagged by the model because of: '${normalise(t.matched)}'`,
          );
      }
    }
  });
});

describe('every page', () => {
  it('has lang en-GB, a title, a description, one h1, headings in order and the landmarks', () => {
    const problems: string[] = [];
    for (const p of pages.values()) {
      const r = p.root;
      if (r.querySelector('html')?.getAttribute('lang') !== 'en-GB')
        problems.push(`${p.path}: lang`);
      if (!r.querySelector('title')?.text.includes('Front Door Findings'))
        problems.push(`${p.path}: title`);
      if (!r.querySelector('meta[name="description"]')?.getAttribute('content'))
        problems.push(`${p.path}: description`);
      if (r.querySelectorAll('h1').length !== 1)
        problems.push(`${p.path}: ${r.querySelectorAll('h1').length} h1`);
      let last = 0;
      for (const h of r.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        const level = Number(h.tagName[1]);
        if (level > last + 1)
          problems.push(`${p.path}: h${level} "${h.text.trim().slice(0, 40)}" after h${last}`);
        last = level;
      }
      if (r.querySelectorAll('main').length !== 1) problems.push(`${p.path}: main`);
      if (!r.querySelector('a.skip-link[href="#main"]')) problems.push(`${p.path}: skip link`);
      if (
        !r.querySelector('header') ||
        !r.querySelector('footer') ||
        !r.querySelector('nav[aria-label="Main"]')
      )
        problems.push(`${p.path}: landmarks`);
      const search = r.querySelector('form[role="search"]');
      if (
        !search?.getAttribute('action')?.endsWith('search/') ||
        !search.querySelector('input[name="q"]')
      )
        problems.push(`${p.path}: search form`);
      if (p.path !== '' && p.path !== '404.html') {
        const crumbs = r.querySelector('nav[aria-label="Breadcrumb"] ol');
        if (!crumbs?.querySelector('[aria-current="page"]'))
          problems.push(`${p.path}: breadcrumbs`);
      }
      if (
        p.path !== '404.html' &&
        !r
          .querySelector('link[rel="canonical"]')
          ?.getAttribute('href')
          ?.endsWith(`${BASE}${p.path}`)
      )
        problems.push(`${p.path}: canonical`);
    }
    expect(problems).toEqual([]);
  });
  it('reading pages carry no script', () => {
    const reading = [...pages.keys()].filter(
      (p) =>
        p === '' ||
        /^(letters|findings|authorities|themes|years)\//.test(p) ||
        ['about/', 'accessibility/'].includes(p),
    );
    expect(reading.length).toBeGreaterThan(docs.length);
    // Allowed: JSON-LD data blocks (never executed) and the copy-button enhancement (one small bundled module: the CSP allows no inline script).
    const script =
      /<script\b(?![^>]*(?:type="application\/ld\+json"|src="[^"]*\/_astro\/CopyScript\.[^"]*\.js"))/i;
    // …and, on /authorities/ only, the find-your-council box (the full list is in the page without it).
    const finder = /<script\b[^>]*src="[^"]*\/_astro\/index\.astro_astro_type_script[^"]*\.js"/i;
    expect(
      reading.filter((p) =>
        script.test(page(p).html.replace(p === 'authorities/' ? finder : /$^/, '')),
      ),
    ).toEqual([]);
    const modules = new Set(
      reading.flatMap((p) =>
        [...page(p).html.matchAll(/src="[^"]*\/(_astro\/CopyScript\.[^"]*\.js)"/g)].map(
          (m) => m[1]!,
        ),
      ),
    );
    expect(modules.size).toBe(1);
    for (const file of modules) expect(statSync(join(DIST, file)).size).toBeLessThan(2048);
  });
  it('only finding pages are search bodies', () => {
    const bodies = [...pages.values()]
      .filter((p) => p.root.querySelector('[data-pagefind-body]'))
      .map((p) => p.path);
    expect(
      bodies.every((p) => /^findings\/[^/]+\/$/.test(p)),
      bodies.join(' '),
    ).toBe(true);
  });
});
