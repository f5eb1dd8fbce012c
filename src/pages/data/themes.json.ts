/**
 * /data/themes.json: the theme taxonomy (content/themes.yaml) as validated by
 * themesFileSchema, matching rules included, so a reader can see why a
 * finding carries a theme.
 */
import type { APIRoute } from 'astro';
import { parse } from 'yaml';
import { prettyJson } from '../../lib/open-data/licence.ts';
import { themesFileSchema } from '../../schemas/theme.ts';

// Bundled at build time (https://vite.dev/guide/features.html#glob-import); a missing file gives {}.
const files = import.meta.glob<string>('../../../content/themes.yaml', { query: '?raw', import: 'default', eager: true });

export const GET: APIRoute = () => {
  const text = Object.values(files)[0];
  const themes = text ? themesFileSchema.parse(parse(text)).themes : [];
  return new Response(prettyJson({ themes }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
