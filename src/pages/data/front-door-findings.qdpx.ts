/** /data/front-door-findings.qdpx: the whole corpus as a REFI-QDA project, every finding coded with its judgement and themes. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { siteLocationFromEnv } from '../../lib/citation/site-url.ts';
import { qdpxProject } from '../../lib/open-data/qdpx.ts';

export const GET: APIRoute = async () => {
  const { documents, entries, themes } = await getSiteData();
  const docs = documents.map((doc) => ({ doc, body: entries.get(doc.slug)?.body ?? '' }));
  // A copy typed as ArrayBuffer-backed, which BodyInit requires.
  return new Response(new Uint8Array(qdpxProject(docs, themes, siteLocationFromEnv())), {
    headers: { 'Content-Type': 'application/zip' },
  });
};
