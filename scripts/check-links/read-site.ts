/**
 * The only part of the link check that touches the disk: list the output
 * folder and parse each HTML page once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractLinks, type PageLinks } from './extract-links.ts';
import type { BuiltSite } from './check-links.ts';

/** Read a built site from `dir`. */
export function readSite(dir: string): BuiltSite {
  const files = new Set<string>();
  const pages = new Map<string, PageLinks>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const file = relative(dir, full).split(sep).join('/');
    files.add(file);
    if (file.endsWith('.html')) pages.set(file, extractLinks(readFileSync(full, 'utf8')));
  }
  return { files, pages };
}
