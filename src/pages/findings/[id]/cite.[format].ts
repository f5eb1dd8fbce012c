/**
 * /findings/<id>/cite.bib|.ris|.json: a finding's citation as a file, for
 * every id ever issued whose document still exists (a retired id is cited
 * with its last known words, at its permanent URL).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data.ts';
import { findingCsl, type CitableFinding } from '../../../lib/citation/csl.ts';
import { citationResponse } from '../../../lib/citation/files.ts';
import { CITE_EXTENSIONS, siteLocationFromEnv, type CiteExtension } from '../../../lib/citation/site-url.ts';
import type { SourceDocument } from '../../../schemas/document.ts';

export const getStaticPaths = (async () => {
  const { permalinks } = await getSiteData();
  return permalinks.flatMap((link) => {
    const doc = link.ref?.doc ?? link.doc;
    if (!doc) return [];
    const finding: CitableFinding = link.ref?.finding ?? { id: link.id, judgement: link.entry.judgement, text: link.entry.text };
    return CITE_EXTENSIONS.map((format) => ({ params: { id: link.id, format }, props: { doc, finding } }));
  });
}) satisfies GetStaticPaths;

interface Props { doc: SourceDocument; finding: CitableFinding }

export const GET: APIRoute<Props> = ({ params, props }) =>
  citationResponse(findingCsl(props.doc, props.finding, siteLocationFromEnv()), params.format as CiteExtension);
