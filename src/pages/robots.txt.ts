/** /robots.txt: crawl everything; where the sitemap is. */
import type { APIRoute } from 'astro';
import { siteLocationFromEnv } from '../lib/citation/site-url.ts';
import { robotsTxt } from '../lib/discovery/robots.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(siteLocationFromEnv()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
