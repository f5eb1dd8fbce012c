/** /data/themes.qdc: the themes (and, not codable, the retired ones) as a REFI-QDA codebook for NVivo, ATLAS.ti, MAXQDA and others. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { themesCodebook } from '../../lib/open-data/qdc.ts';

export const GET: APIRoute = async () => {
  const { themes, themesById, retiredThemes } = await getSiteData();
  const retired = retiredThemes.map((r) => ({
    ...r,
    replacedBy: r.replacedBy.map((id) => themesById.get(id)!),
  }));
  return new Response(themesCodebook(themes, retired), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
