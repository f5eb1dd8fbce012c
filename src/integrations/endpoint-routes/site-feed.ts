/**
 * /feed.xml: an Atom feed of the letters and council reports, newest first.
 * Served by `astro dev` only (injected by src/integrations/endpoint-files.ts): a build writes
 * the same bodies after the pages (src/lib/open-data/endpoint-files.ts).
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { siteLocationFromEnv } from '../../lib/citation/site-url.ts';
import { documentsFeed } from '../../lib/open-data/atom.ts';

export const GET: APIRoute = async () => {
  const { documents } = await getSiteData();
  return new Response(documentsFeed(documents, siteLocationFromEnv()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
