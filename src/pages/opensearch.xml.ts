/** /opensearch.xml: lets a browser add the finding search to its address bar. */
import type { APIRoute } from 'astro';
import { siteLocationFromEnv } from '../lib/citation/site-url.ts';
import { openSearchDescription } from '../lib/discovery/opensearch.ts';

export const GET: APIRoute = () =>
  new Response(openSearchDescription(siteLocationFromEnv()), {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
