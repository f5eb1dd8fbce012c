/** /data/findings.json: the rows of findings.csv with typed values (themes as a list). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { siteLocationFromEnv } from '../../lib/citation/site-url.ts';
import { findingRows } from '../../lib/open-data/finding-rows.ts';
import { nextColumnsOf } from '../../lib/follow-up/next-columns.ts';
import { themeLabel } from '../../lib/themes.ts';
import { OGL, prettyJson } from '../../lib/open-data/licence.ts';

export const GET: APIRoute = async () => {
  const { permalinks, followUps, themesById } = await getSiteData();
  const nextOf = nextColumnsOf(followUps.next, (id) => themeLabel(themesById, id));
  const body = {
    licence: `${OGL.name} (${OGL.url}). ${OGL.attribution}`,
    findings: findingRows(permalinks, siteLocationFromEnv(), nextOf),
  };
  return new Response(prettyJson(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
