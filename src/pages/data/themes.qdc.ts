/** /data/themes.qdc: the themes as a REFI-QDA codebook for NVivo, ATLAS.ti, MAXQDA and others. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { themesCodebook } from '../../lib/open-data/qdc.ts';

export const GET: APIRoute = async () => {
  const { themes } = await getSiteData();
  return new Response(themesCodebook(themes), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
