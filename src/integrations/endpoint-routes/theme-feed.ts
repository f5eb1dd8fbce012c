/**
 * /themes/<id>/feed.xml: an Atom feed of the documents with findings on one theme, newest first.
 * Served by `astro dev` only (injected by src/integrations/endpoint-files.ts): a build writes
 * the same bodies after the pages (src/lib/open-data/endpoint-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../data.ts';
import { siteLocationFromEnv } from '../../lib/citation/site-url.ts';
import { themeFeed } from '../../lib/open-data/topic-feeds.ts';
import type { ThemeInfo } from '../../lib/themes.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { themes } = await getSiteData();
  return themes.map((theme) => ({ params: { theme: theme.id }, props: { theme } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { documents } = await getSiteData();
  return new Response(themeFeed(props.theme as ThemeInfo, documents, siteLocationFromEnv()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
