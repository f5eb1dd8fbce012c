/**
 * The picture (/picture/), theme pages' authority rows and the method page
 * (/about/themes/), checked over the built site (run `npm run build` first;
 * `npm test` does). Every number is recounted here from content/letters/*.mdx
 * frontmatter and content/themes.yaml with the `yaml` package — not through
 * the site's code — and compared with what the built HTML says in words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Judgement, SourceDocument } from '../../src/schemas/document.ts';
import { loadDocuments } from '../helpers/content.ts';
import { BASE, DIST, ROOT } from '../helpers/paths.ts';

const docs: SourceDocument[] = loadDocuments();
const themes = (
  parseYaml(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8')) as {
    themes: { id: string; label: string }[];
  }
).themes;
const overrides =
  (
    parseYaml(readFileSync(join(ROOT, 'content/theme-overrides.yaml'), 'utf8')) as {
      overrides?: { finding: string; add?: string[]; remove?: string[]; reason: string }[];
    } | null
  )?.overrides ?? [];

/** The words each judgement's count is given in, singular or plural. */
const WORDS: Record<Judgement, RegExp> = {
  'priority-action': /^areas? for priority action$/,
  'area-for-development': /^areas? for development$/,
  strength: /^strengths?$/,
  'meets-requirements': /^meets requirements$/,
};
type Counts = Partial<Record<Judgement, number>>;

/** Independent count: findings per "authority|theme" and judgement, each finding once per theme. */
function expectedCells(): Map<string, Counts> {
  const cells = new Map<string, Counts>();
  for (const d of docs) {
    for (const f of d.findings) {
      for (const theme of new Set(f.themes.map((t) => t.theme))) {
        const key = `${d.authority.slug}|${theme}`;
        const counts = cells.get(key) ?? {};
        counts[f.judgement] = (counts[f.judgement] ?? 0) + 1;
        cells.set(key, counts);
      }
    }
  }
  return cells;
}

/** "Rutland, Chronologies: 1 (area for development), 1 (meets requirements)" → its counts, checking the names. */
function parseCellName(name: string, authority: string, theme: string): Counts {
  const prefix = `${authority}, ${theme}: `;
  expect(name.startsWith(prefix), name).toBe(true);
  const counts: Counts = {};
  for (const part of name.slice(prefix.length).split(', ')) {
    const m = /^(\d+) \((.+)\)$/.exec(part);
    const judgement = m && (Object.keys(WORDS) as Judgement[]).find((j) => WORDS[j].test(m[2]!));
    if (!m || !judgement)
      throw new Error(`cell text "${name}": "${part}" is not "<number> (<judgement>)"`);
    counts[judgement] = Number(m[1]);
  }
  return counts;
}

const pages = new Map<string, HTMLElement>();
/** A built page by site path (`picture/`), parsed once. */
function page(path: string): HTMLElement {
  let root = pages.get(path);
  if (!root) {
    const file = join(DIST, path, 'index.html');
    if (!existsSync(file))
      throw new Error(`no built page ${file}: run \`npm run build\` first (npm test does)`);
    root = parseHtml(readFileSync(file, 'utf8'));
    pages.set(path, root);
  }
  return root;
}
/** Site path and hash of an internal href. */
function target(href: string): { path: string; hash: string } {
  const url = new URL(href, `http://site.invalid${BASE}`);
  expect(url.pathname.startsWith(BASE), href).toBe(true);
  return {
    path: decodeURIComponent(url.pathname.slice(BASE.length)),
    hash: decodeURIComponent(url.hash.slice(1)),
  };
}
/** Accessible name of an element labelled by ids (the accname rule: referenced texts joined by spaces). */
const labelledBy = (root: HTMLElement, el: HTMLElement): string =>
  el
    .getAttribute('aria-labelledby')!
    .split(/\s+/)
    .map((id) => {
      const ref = root.getElementById(id);
      if (!ref) throw new Error(`aria-labelledby names missing id "${id}"`);
      return ref.text.trim();
    })
    .join(' ');
const SHAPES: Record<string, Judgement> = {
  '▲': 'priority-action',
  '◇': 'area-for-development',
  '★': 'strength',
  '✓': 'meets-requirements',
};

describe('the picture: authority × theme grid', () => {
  const root = page('picture/');
  const grid = root.querySelector('table.theme-grid')!;
  const expected = expectedCells();

  it('is an accessible table: caption, column headers for every theme in taxonomy order, row headers, in a focusable region', () => {
    expect(grid.querySelector('caption')?.text.trim()).toBeTruthy();
    const cols = grid.querySelectorAll('thead th[scope="col"]').slice(1);
    // Shown: the theme's number in the key; read out: its name.
    expect(cols.map((th) => th.querySelector('[aria-hidden="true"]')!.text)).toEqual(
      themes.map((_, i) => String(i + 1)),
    );
    expect(cols.map((th) => th.querySelector('.visually-hidden')!.text)).toEqual(
      themes.map((t) => t.label),
    );
    expect(cols.map((th) => target(th.querySelector('a')!.getAttribute('href')!).path)).toEqual(
      themes.map((t) => `themes/${t.id}/`),
    );
    // The key numbers the same themes in the same order, each linked to its page.
    const key = root.querySelectorAll('ol.grid-themes > li > a');
    expect(key.map((a) => a.text.trim())).toEqual(themes.map((t) => t.label));
    expect(key.map((a) => target(a.getAttribute('href')!).path)).toEqual(
      themes.map((t) => `themes/${t.id}/`),
    );
    const region = grid.closest('[role="region"]')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).toBeTruthy();
  });

  it('has one row per authority with documents, grouped by region in order', () => {
    const authorities = new Map(docs.map((d) => [d.authority.slug, d.authority]));
    const seen: string[] = [];
    const regions: string[] = [];
    for (const body of grid.querySelectorAll('tbody')) {
      const region = body.querySelector('th[scope="rowgroup"]')!.text.trim();
      regions.push(region);
      for (const th of body.querySelectorAll('th[scope="row"]')) {
        const slug = target(th.querySelector('a')!.getAttribute('href')!).path.replace(
          /^authorities\/|\/$/g,
          '',
        );
        expect(authorities.get(slug)?.region, slug).toBe(region);
        expect(th.text.trim()).toBe(authorities.get(slug)!.name);
        seen.push(slug);
      }
    }
    expect(seen.sort()).toEqual([...authorities.keys()].sort());
    expect(regions).toEqual([...new Set(regions)].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });

  it('every cell’s accessible text and visible shapes give the counts recounted from the content; empty cells have none', () => {
    let checked = 0;
    for (const tr of grid
      .querySelectorAll('tbody tr')
      .filter((r) => r.querySelector('th[scope="row"]'))) {
      const th = tr.querySelector('th[scope="row"]')!;
      const slug = target(th.querySelector('a')!.getAttribute('href')!).path.replace(
        /^authorities\/|\/$/g,
        '',
      );
      const cells = tr.querySelectorAll('td');
      expect(cells).toHaveLength(themes.length);
      cells.forEach((td, i) => {
        const want = expected.get(`${slug}|${themes[i]!.id}`);
        const link = td.querySelector('a');
        if (!want) {
          expect(td.text.trim(), `${slug} × ${themes[i]!.id}`).toBe('');
          return;
        }
        expect(link, `${slug} × ${themes[i]!.id}`).not.toBeNull();
        expect(parseCellName(labelledBy(root, link!), th.text.trim(), themes[i]!.label)).toEqual(
          want,
        );
        const shown: Counts = {};
        for (const line of link!.text.split('\n')) shown[SHAPES[line[0]!]!] = Number(line.slice(1));
        expect(shown).toEqual(want);
        checked += 1;
      });
    }
    expect(checked).toBe(expected.size);
  });

  it('every cell links to its authority’s row on the theme page, and that row has the same counts and the findings', () => {
    const links = grid.querySelectorAll('td a');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const { path, hash } = target(a.getAttribute('href')!);
      const [, theme] = /^themes\/([^/]+)\/$/.exec(path) ?? [];
      expect(theme, path).toBeTruthy();
      const row = page(path).getElementById(hash);
      expect(row?.tagName, `${path}#${hash}`).toBe('TR');
      const slug = hash.replace(/^authority-/, '');
      const want = expected.get(`${slug}|${theme}`)!;
      const counts = row!.querySelectorAll('td.num').map((td) => Number(td.text.trim()));
      expect(counts).toEqual(
        (
          ['priority-action', 'area-for-development', 'strength', 'meets-requirements'] as const
        ).map((j) => want[j] ?? 0),
      );
      const ids = row!
        .querySelectorAll('td a')
        .map((l) => target(l.getAttribute('href')!).path.replace(/^findings\/|\/$/g, ''))
        .sort();
      const tagged = docs
        .filter((d) => d.authority.slug === slug)
        .flatMap((d) => d.findings)
        .filter((f) => f.themes.some((t) => t.theme === theme))
        .map((f) => f.id)
        .sort();
      expect(ids).toEqual(tagged);
    }
  });

  it('stays small: under 200 bytes of HTML per linked cell, no script', () => {
    const html = readFileSync(join(DIST, 'picture/index.html'), 'utf8');
    expect(grid.toString().length / Math.max(1, grid.querySelectorAll('td a').length)).toBeLessThan(
      200,
    );
    expect(html).not.toMatch(/<script\b/i);
  });
});

describe('every theme page has one row per authority with findings on it', () => {
  it('with id authority-<slug>, counts per judgement, and no other rows', () => {
    const expected = expectedCells();
    for (const t of themes) {
      const rows = page(`themes/${t.id}/`).querySelectorAll('table.theme-authorities tbody tr');
      const want = [...expected.keys()]
        .filter((k) => k.endsWith(`|${t.id}`))
        .map((k) => `authority-${k.split('|')[0]}`)
        .sort();
      expect(rows.map((r) => r.id).sort(), t.id).toEqual(want);
      for (const r of rows)
        expect(r.querySelector('th[scope="row"]'), `${t.id} ${r.id}`).not.toBeNull();
    }
  });
});

describe('the picture: theme × year tables', () => {
  const root = page('picture/');
  const years = [...new Set(docs.map((d) => Number(d.inspection.start.slice(0, 4))))].sort();

  it.each(['area-for-development', 'priority-action'] as const)(
    '%s: every count equals the recount per theme and inspection year',
    (judgement) => {
      const table = root.querySelector(`table.theme-years[data-judgement="${judgement}"]`)!;
      expect(table, judgement).not.toBeNull();
      expect(table.querySelector('caption')?.text.trim()).toBeTruthy();
      expect(table.querySelectorAll('thead th').map((th) => th.text.trim())).toEqual([
        'Theme',
        ...years.map(String),
        'All years',
      ]);
      const numbers = (tr: HTMLElement) =>
        tr.querySelectorAll('td').map((td) => Number(td.text.trim()));
      const rows = table.querySelectorAll('tbody tr');
      expect(rows.map((r) => r.querySelector('th[scope="row"]')!.text.trim())).toEqual(
        themes.map((t) => t.label),
      );
      const of = (d: SourceDocument) => years.indexOf(Number(d.inspection.start.slice(0, 4)));
      themes.forEach((theme, i) => {
        const want = years.map(() => 0);
        for (const d of docs)
          for (const f of d.findings)
            if (f.judgement === judgement && f.themes.some((t) => t.theme === theme.id))
              want[of(d)]! += 1;
        expect(numbers(rows[i]!), theme.id).toEqual([...want, want.reduce((a, b) => a + b, 0)]);
      });
      const [all, documents] = table.querySelectorAll('tfoot tr');
      const wantAll = years.map(() => 0);
      const wantDocs = years.map(() => 0);
      for (const d of docs) {
        wantDocs[of(d)]! += 1;
        wantAll[of(d)]! += d.findings.filter((f) => f.judgement === judgement).length;
      }
      expect(numbers(all!)).toEqual([...wantAll, wantAll.reduce((a, b) => a + b, 0)]);
      expect(numbers(documents!)).toEqual([...wantDocs, docs.length]);
      for (const svg of table.querySelectorAll('svg'))
        expect(svg.getAttribute('aria-hidden')).toBe('true');
    },
  );
});

describe('the method page', () => {
  it('lists every override from content/theme-overrides.yaml with its finding, change and reason', () => {
    const root = page('about/themes/');
    const rows = root.querySelectorAll('table.theme-overrides tbody tr');
    expect(rows).toHaveLength(overrides.length);
    const labels = new Map(themes.map((t) => [t.id, t.label]));
    const ids = new Set(docs.flatMap((d) => d.findings.map((f) => f.id)));
    overrides.forEach((o, i) => {
      const row = rows[i]!;
      expect(row.querySelector('th')!.text).toContain(o.finding);
      if (ids.has(o.finding))
        expect(target(row.querySelector('th a')!.getAttribute('href')!).path).toBe(
          `findings/${o.finding}/`,
        );
      const change = row.querySelectorAll('td')[0]!.text.replace(/\s+/g, ' ');
      for (const t of o.add ?? []) expect(change).toContain(`Added: ${labels.get(t)}`);
      for (const t of o.remove ?? []) expect(change).toContain(`Removed: ${labels.get(t)}`);
      expect(row.querySelectorAll('td')[1]!.text.trim()).toBe(o.reason);
    });
    for (const t of themes)
      expect(
        root.querySelector(`table.theme-rules a[href$="themes/${t.id}/"]`),
        t.id,
      ).not.toBeNull();
  });
  it('is linked from /about/, /themes/ and the picture; the picture from home and /themes/', () => {
    for (const path of ['about/', 'themes/', 'picture/'])
      expect(page(path).querySelector(`main a[href="${BASE}about/themes/"]`), path).not.toBeNull();
    for (const path of ['', 'themes/'])
      expect(page(path).querySelector(`main a[href="${BASE}picture/"]`), path).not.toBeNull();
  });
});
