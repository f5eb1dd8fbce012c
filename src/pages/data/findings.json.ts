/** /data/findings.json: the rows of findings.csv with typed values (themes as a list). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { siteLocationFromEnv } from '../../lib/citation/site-url.ts';
import { findingRows } from '../../lib/open-data/finding-rows.ts';
import { OGL, prettyJson } from '../../lib/open-data/licence.ts';

export const GET: APIRoute = async () => {
  const { permalinks } = await getSiteData();
  const body = { licence: `${OGL.name} (${OGL.url}). ${OGL.attribution}`, findings: findingRows(permalinks, siteLocationFromEnv()) };
  return new Response(prettyJson(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
