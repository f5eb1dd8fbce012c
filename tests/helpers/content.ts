import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Finding, SourceDocument } from '../../src/schemas/document.ts';
import { ROOT } from './seeds.ts';

/** The committed documents, read from content/letters/*.mdx frontmatter — independently of the site's code. */
export function loadDocuments(): SourceDocument[] {
  const dir = join(ROOT, 'content/letters');
  return readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort().map((n) => parse(readFileSync(join(dir, n), 'utf8').split('\n---\n')[0].replace(/^---\n/, '')) as SourceDocument);
}

/** Every finding with its document. */
export function loadFindings(): Array<Finding & { document: SourceDocument }> {
  return loadDocuments().flatMap((document) => document.findings.map((f) => ({ ...f, document })));
}
