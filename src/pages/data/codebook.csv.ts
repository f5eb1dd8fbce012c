/** /data/codebook.csv: the theme codebook (the codes of themes.qdc) as tag,description CSV for Taguette. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data.ts';
import { codebookCsv } from '../../lib/open-data/codebook-csv.ts';

export const GET: APIRoute = async () => {
  const { themes } = await getSiteData();
  return new Response(codebookCsv(themes), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
