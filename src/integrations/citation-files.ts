/**
 * The `cite.bib`, `cite.ris` and `cite.json` files beside every letter and
 * finding page, written once the pages are built.
 *
 * Why not Astro endpoint routes: at 450 letters they are ~23k files, three
 * times as many routes as pages, and Astro's per-route cost (a Request, a
 * Response, its logging) made them a third of the build. Here they are the
 * same bodies, from the same CSL items and renderers, written in one loop.
 * `astro dev` has no build step, so there the old routes are injected instead
 * (./cite-routes/), and serve the very same bodies.
 *
 * The documents come from the build's own `data/letters.json` (the open data
 * export of every document, validated here against the shared schema), the
 * retired ids from the id registry. Any failure fails the build: a page links
 * to every one of these files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { citationFiles } from '../lib/citation/citation-files.ts';
import { CITE_EXTENSIONS, type SiteLocation } from '../lib/citation/site-url.ts';
import { generatedContentDir } from '../lib/content-dir.ts';
import { buildPermalinks } from '../lib/permalinks.ts';
import { documentSchema } from '../schemas/document.ts';
import { registrySchema } from '../schemas/finding-ids.ts';

/** The open-data file the documents are read back from (src/pages/data/letters.json.ts). */
export const LETTERS_JSON = 'data/letters.json';

const lettersFileSchema = z.object({ documents: z.array(documentSchema) });

/** Parses a JSON file with a schema; the error names the file, the first problem and what to do. */
function readJson<T>(path: string, schema: z.ZodType<T>, fix: string): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`citation files: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}. ${fix}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`citation files: ${path} does not match the schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message}. ${fix}`);
  }
  return parsed.data;
}

/** The Astro integration that writes the citation files of a build (and serves them in dev). */
export function citationFilesIntegration(): AstroIntegration {
  let location: SiteLocation | undefined;
  let root = process.cwd();
  return {
    name: 'front-door-findings:citation-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        // One route per extension: a pattern ending in `.[format]` is not seen as a file, and with
        // trailingSlash 'always' it would only match `cite.bib/`.
        for (const ext of CITE_EXTENSIONS) {
          injectRoute({ pattern: `/letters/[slug]/cite.${ext}`, entrypoint: new URL('./cite-routes/letter-cite.ts', import.meta.url) });
          injectRoute({ pattern: `/findings/[id]/cite.${ext}`, entrypoint: new URL('./cite-routes/finding-cite.ts', import.meta.url) });
        }
      },
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs has no `site`: citation files need absolute URLs (set SITE, e.g. SITE=https://example.org)');
        location = { site: config.site, base: config.base };
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { documents } = readJson(join(out, LETTERS_JSON), lettersFileSchema, `It is written by src/pages/data/letters.json.ts earlier in the same build.`);
        const registryPath = resolve(root, generatedContentDir(), 'finding-ids.json');
        const registry = readJson(registryPath, registrySchema, 'Run `npm run ingest` to regenerate it.');
        const findings = documents.flatMap((doc) => doc.findings.map((finding) => ({ finding, doc })));
        const permalinks = buildPermalinks(
          Object.entries(registry.ids).map(([id, entry]) => ({ id, ...entry })),
          findings,
          new Map(documents.map((d) => [d.slug, d])),
        );
        const files = citationFiles(documents, permalinks, location!);
        const made = new Set<string>();
        for (const [i, file] of files.entries()) {
          const path = join(out, file.path);
          const folder = dirname(path);
          if (!made.has(folder)) mkdirSync(folder, { recursive: true });
          made.add(folder);
          writeFileSync(path, file.body);
          // Yield now and then: Pagefind indexes in its own process meanwhile (src/integrations/pagefind.ts)
          // and needs the event loop to hear that a step is done and start the next one.
          if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
        }
        logger.info(`wrote ${files.length} citation files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
