/**
 * /findings/<id>/cite.bib|.ris|.json: a finding's citation as a file, for
 * every id ever issued whose document still exists (a retired id is cited
 * with its last known words, at its permanent URL).
 *
 * Served by `astro dev` only (injected once per extension by
 * src/integrations/citation-files.ts, so each pattern ends in a real file
 * extension and needs no trailing slash): a build writes the same files after
 * the pages, from the same CSL items and renderers.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data.ts';
import { citableOf } from '../../lib/permalinks.ts';
import { findingCsl, type CitableFinding } from '../../lib/citation/csl.ts';
import { citationResponse } from '../../lib/citation/files.ts';
import { siteLocationFromEnv } from '../../lib/citation/site-url.ts';
import type { SourceDocument } from '../../schemas/document.ts';
import { extensionOf } from './extension.ts';

export const getStaticPaths = (async () => {
  const { permalinks } = await getSiteData();
  return permalinks.flatMap((link) => {
    const citable = citableOf(link);
    return citable ? [{ params: { id: link.id }, props: citable }] : [];
  });
}) satisfies GetStaticPaths;

interface Props {
  doc: SourceDocument;
  finding: CitableFinding;
}

export const GET: APIRoute<Props> = ({ url, props }) =>
  citationResponse(findingCsl(props.doc, props.finding, siteLocationFromEnv()), extensionOf(url));
