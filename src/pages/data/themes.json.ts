/**
 * /data/themes.json: the theme taxonomy (content/themes.yaml) as validated by
 * themesFileSchema, matching rules included, so a reader can see why a
 * finding carries a theme, and the retired themes with what replaced them.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { prettyJson } from '../../lib/open-data/licence.ts';

export const GET: APIRoute = async () => {
  const { themes, retiredThemes: retired } = await getSiteData();
  return new Response(prettyJson({ themes, retired }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
