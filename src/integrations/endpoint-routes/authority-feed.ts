/**
 * /authorities/<slug>/feed.xml: an Atom feed of one authority's documents, newest first.
 * Served by `astro dev` only (injected by src/integrations/endpoint-files.ts): a build writes
 * the same bodies after the pages (src/lib/open-data/endpoint-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data.ts';
import { siteLocationFromEnv } from '../../lib/citation/site-url.ts';
import { authorityFeed } from '../../lib/open-data/topic-feeds.ts';
import type { Authority } from '../../schemas/document.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { authorities, documentsByAuthority } = await getSiteData();
  return authorities
    .filter((a) => documentsByAuthority.has(a.slug))
    .map((authority) => ({ params: { slug: authority.slug }, props: { authority } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { authority } = props as { authority: Authority };
  const { documentsByAuthority } = await getSiteData();
  return new Response(
    authorityFeed(authority, documentsByAuthority.get(authority.slug) ?? [], siteLocationFromEnv()),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
