/**
 * The committed documents, read from the frontmatter of content/letters/*.mdx
 * with the `yaml` package — independently of the site's code, so tests can
 * compare what the site shows with what the files say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Finding, SourceDocument } from '../../src/schemas/document.ts';
import { GENERATED } from './paths.ts';

/** The frontmatter of one MDX file, parsed (not validated). */
export function readFrontmatter(mdx: string): unknown {
  return parse(mdx.split('\n---\n')[0]!.replace(/^---\n/, ''));
}

/** Every document of a content folder (default: the generated content the site is built from), by file name. */
export function loadDocuments(contentDir = GENERATED): SourceDocument[] {
  const dir = join(contentDir, 'letters');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((n) => readFrontmatter(readFileSync(join(dir, n), 'utf8')) as SourceDocument);
}

/** Every finding with its document. */
export function loadFindings(): Array<Finding & { document: SourceDocument }> {
  return loadDocuments().flatMap((document) => document.findings.map((f) => ({ ...f, document })));
}
