/**
 * The only place collections are defined. Every schema comes from
 * src/schemas/, the same modules ingest validates its output with.
 * Generated content is read from FDF_CONTENT_DIR (default `content`) so the
 * benchmark can build a synthetic corpus; hand-written reference data always
 * comes from `content/`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { authoritySchema, documentSchema } from './schemas/document.ts';
import { registryEntrySchema } from './schemas/finding-ids.ts';
import { generatedContentDir } from './lib/content-dir.ts';
import { parseAuthorities } from '../scripts/ingest/parse/match-authority.ts';

const generated = generatedContentDir();

/** Ofsted letters and council reports, one MDX file each. */
const letters = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${generated}/letters`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: documentSchema,
});

/** The 152 authorities of 2009–12. */
const authorities = defineCollection({
  loader: file('content/authorities.csv', {
    parser: (text) =>
      parseAuthorities(text).map((authority) => ({ id: authority.slug, ...authority })),
  }),
  schema: authoritySchema,
});

/** Every finding id ever issued (permalinks), including retired ones. */
const findingIds = defineCollection({
  loader: file(`${generated}/finding-ids.json`, {
    parser: (text) =>
      Object.entries(JSON.parse(text).ids as Record<string, unknown>).map(([id, entry]) => ({
        id,
        ...(entry as object),
      })),
  }),
  schema: registryEntrySchema.extend({ id: z.string() }),
});

export const collections = { letters, authorities, findingIds };
