/** /data/findings.csv: one row per finding id ever issued (fields documented on /data/). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { siteLocationFromEnv } from '../../lib/citation/site-url.ts';
import { findingsCsv } from '../../lib/open-data/csv.ts';
import { findingRows } from '../../lib/open-data/finding-rows.ts';
import { nextColumnsOf } from '../../lib/follow-up/next-columns.ts';
import { themeLabel } from '../../lib/themes.ts';

export const GET: APIRoute = async () => {
  const { permalinks, followUps, themesById } = await getSiteData();
  const nextOf = nextColumnsOf(followUps.next, (id) => themeLabel(themesById, id));
  return new Response(findingsCsv(findingRows(permalinks, siteLocationFromEnv(), nextOf)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
