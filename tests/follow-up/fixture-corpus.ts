/**
 * Ingests the letter pairs in tests/fixtures/follow-up/ with the real pipeline and
 * taxonomy, and gives what the site gives the follow-up module: documents by
 * authority and each document's narrative sentences (from the MDX ingest writes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDocuments } from '../../scripts/ingest/ingest-documents.ts';
import { loadThemeTagger } from '../../scripts/ingest/themes/load-themes.ts';
import { REGISTRY_COMMENT } from '../../src/schemas/finding-ids.ts';
import type { SourceDocument } from '../../src/schemas/document.ts';
import { groupBy } from '../../src/lib/group.ts';
import { narrativeSentences } from '../../src/lib/follow-up/narrative.ts';
import { AUTHORITIES, ROOT } from '../helpers/seeds.ts';

/** A corpus as the site holds it. */
export interface FixtureCorpus {
  documents: SourceDocument[];
  byAuthority: Map<string, SourceDocument[]>;
  narrativeOf: (slug: string) => string[];
  bySlug: Map<string, SourceDocument>;
}

/** The MDX body after the frontmatter. */
export const mdxBody = (mdx: string): string => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);

/** Ingests text files (name → text) into a corpus; throws if any fails, naming it. */
export function ingestTexts(files: readonly { name: string; text: string }[]): FixtureCorpus {
  const themes = loadThemeTagger(ROOT);
  const result = ingestDocuments(
    files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })),
    {
      authorities: AUTHORITIES,
      registry: { $comment: REGISTRY_COMMENT, ids: {} },
      tagThemes: themes.tag,
    },
  );
  if (result.errors.length > 0)
    throw new Error(result.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`).join('\n'));
  const documents = result.outputs.map((o) => o.document);
  const narratives = new Map(
    result.outputs.map((o) => [o.document.slug, narrativeSentences(mdxBody(o.mdx))]),
  );
  return {
    documents,
    byAuthority: groupBy(documents, (d) => d.authority.slug),
    narrativeOf: (slug) => narratives.get(slug) ?? [],
    bySlug: new Map(documents.map((d) => [d.slug, d])),
  };
}

/** The letter pairs written for the tests. */
export function fixtureCorpus(): FixtureCorpus {
  const dir = join(ROOT, 'tests/fixtures/follow-up');
  return ingestTexts(
    readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  );
}
