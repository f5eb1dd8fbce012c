/** /coverage.csv: every authority × programme year: on-site, incomplete, referred-to or missing. */
import type { APIRoute } from 'astro';
import { getChartData } from '../charts.ts';
import { chartCsv } from '../lib/charts/chart.ts';
import { coverageCsvRows } from '../lib/charts/coverage-table.ts';

export const GET: APIRoute = async () => {
  const { coverage } = await getChartData();
  return new Response(chartCsv(coverageCsvRows(coverage)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
