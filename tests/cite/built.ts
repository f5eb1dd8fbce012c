/**
 * Reading the built site for the cite-and-reuse checks. `npm test` builds
 * first; SITE_DIST points at another build (e.g. one made with BASE=/sub/),
 * and BASE/SITE must then match what that build used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { documentSchema, type SourceDocument } from '../../src/schemas/document.ts';
import { registrySchema, type Registry } from '../../src/schemas/finding-ids.ts';
import { loadDocuments as loadFrontmatter } from '../helpers/content.ts';
import { BASE, DIST, GENERATED, SITE } from '../helpers/paths.ts';

export { BASE, DIST, SITE };

/** Throws a message saying how to build, when there is no built site. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `No built site at ${DIST}: run \`npm run build\` first (\`npm test\` does), or point SITE_DIST at a build.`,
    );
  }
}

/** A built file's text, by site path (`data/findings.csv`, `letters/x/` for its index.html). */
export function readBuilt(path: string): string {
  const file = join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`dist has no ${path} (${file})`);
  return readFileSync(file, 'utf8');
}

/** A built page, parsed. */
export const builtPage = (path: string): HTMLElement => parseHtml(readBuilt(path));

/** Whether the build has a file at a site path. */
export const builtExists = (path: string): boolean => existsSync(join(DIST, path));

/** The canonical URL of a site path, as the build should print it. */
export const canonical = (path: string): string => new URL(BASE + path, SITE).href;

/** The documents, read from the MDX frontmatter and validated with the one schema, independently of the site code. */
export function loadDocuments(): SourceDocument[] {
  return loadFrontmatter().map((doc) => documentSchema.parse(doc));
}

/** The permalink registry. */
export const loadRegistry = (): Registry =>
  registrySchema.parse(JSON.parse(readFileSync(join(GENERATED, 'finding-ids.json'), 'utf8')));
