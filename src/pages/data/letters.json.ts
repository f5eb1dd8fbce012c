/**
 * /data/letters.json: every document in the schema of src/schemas/document.ts,
 * the same `{"documents": [...]}` shape `npm run ingest -- --json` prints.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { prettyJson } from '../../lib/open-data/licence.ts';

export const GET: APIRoute = async () => {
  const { documents } = await getSiteData();
  return new Response(prettyJson({ documents }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
