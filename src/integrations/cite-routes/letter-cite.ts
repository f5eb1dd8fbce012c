/**
 * /letters/<slug>/cite.bib|.ris|.json: a letter's (or council report's) citation as a file.
 * Served by `astro dev` only (injected by src/integrations/citation-files.ts): a build writes the files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data.ts';
import { documentCsl } from '../../lib/citation/csl.ts';
import { citationResponse } from '../../lib/citation/files.ts';
import { siteLocationFromEnv } from '../../lib/citation/site-url.ts';
import type { SourceDocument } from '../../schemas/document.ts';
import { extensionOf } from './extension.ts';

export const getStaticPaths = (async () => {
  const { documents } = await getSiteData();
  return documents.map((doc) => ({ params: { slug: doc.slug }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: SourceDocument }> = ({ url, props }) =>
  citationResponse(documentCsl(props.doc, siteLocationFromEnv()), extensionOf(url));
