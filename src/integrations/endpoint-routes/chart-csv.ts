/**
 * /charts/<id>.csv: the numbers of one chart, as its table shows them (header = column keys).
 * Served by `astro dev` only (injected by src/integrations/endpoint-files.ts): a build writes
 * the same bodies after the pages (src/lib/open-data/endpoint-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartData } from '../../charts.ts';
import { chartCsv } from '../../lib/charts/chart.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { charts } = await getChartData();
  return charts.ids().map((id) => ({ params: { id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { charts } = await getChartData();
  const chart = charts.byId(params.id!);
  if (!chart) throw new Error(`/charts/${params.id}.csv: no such chart`);
  return new Response(chartCsv(chart), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
