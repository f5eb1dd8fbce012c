/** /letters/<slug>/cite.bib|.ris|.json: a letter's (or council report's) citation as a file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data.ts';
import { documentCsl } from '../../../lib/citation/csl.ts';
import { citationResponse } from '../../../lib/citation/files.ts';
import { CITE_EXTENSIONS, siteLocationFromEnv, type CiteExtension } from '../../../lib/citation/site-url.ts';
import type { SourceDocument } from '../../../schemas/document.ts';

export const getStaticPaths = (async () => {
  const { documents } = await getSiteData();
  return documents.flatMap((doc) => CITE_EXTENSIONS.map((format) => ({ params: { slug: doc.slug, format }, props: { doc } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: SourceDocument }> = ({ params, props }) =>
  citationResponse(documentCsl(props.doc, siteLocationFromEnv()), params.format as CiteExtension);
