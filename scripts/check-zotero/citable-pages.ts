/**
 * The citable pages of a built site: every finding and letter page that
 * carries a `citation_title`, with its meta tags, read with a real HTML
 * parser. `readCitablePages` is the part that touches the disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** A page Zotero should save as a report. */
export interface CitablePage {
  /** Site path without base: `findings/leicester-2009-08-d3/`. */
  path: string;
  /** The finding id or document slug: the page's report number. */
  id: string;
  /** `<meta name content>` of the page's head, by name (first of each). */
  meta: Record<string, string>;
}

/** The meta tags of one page's head, or undefined when it is not citable (no `citation_title`). */
export function citablePage(path: string, html: string): CitablePage | undefined {
  const meta: Record<string, string> = {};
  for (const m of parse(html).querySelectorAll('head meta[name]')) {
    const name = m.getAttribute('name')!;
    meta[name] ??= m.getAttribute('content') ?? '';
  }
  if (!meta.citation_title) return undefined;
  return { path, id: path.split('/').filter(Boolean).at(-1)!, meta };
}

/** Every citable finding and letter page under `dir` (a built site), sorted by path. */
export function readCitablePages(dir: string): CitablePage[] {
  const pages: CitablePage[] = [];
  for (const section of ['findings', 'letters']) {
    const root = join(dir, section);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const file = join(root, name, 'index.html');
      if (!existsSync(file)) continue;
      const page = citablePage(`${section}/${name}/`, readFileSync(file, 'utf8'));
      if (page) pages.push(page);
    }
  }
  return pages;
}
