/**
 * A chart as the site publishes it: title, description, the numbers as table
 * rows (the same rows as its CSV) and the SVG, rendered on first use and then
 * kept, so each chart is drawn once per build however many pages show it. Pure
 * apart from that memo.
 */
import { stringify } from 'csv-stringify/sync';
import type * as Plot from '@observablehq/plot';
import { escapeText } from '../html.ts';
import { renderSvg, type SvgText } from './render-svg.ts';

/** A table cell. */
export type Cell = string | number | null;

/** One published chart. */
export interface Chart {
  /** Stable id: the anchor on its page and the name of its CSV (/charts/<id>.csv). */
  id: string;
  title: string;
  /** What it shows, how it is normalised, and its n. */
  description: string;
  /** Columns of the table and the CSV, in order (key = CSV header); `as` says how the table shows a number. */
  columns: { key: string; label: string; as?: 'share' | 'per' }[];
  rows: Record<string, Cell>[];
  /** The SVG markup. */
  svg: () => string;
}

/** Makes a chart whose SVG is drawn once, when first asked for: by Plot from `plot()`'s options, or by `draw` from what `plot()` gives (./profile-svg.ts). */
export function makeChart(spec: Omit<Chart, 'svg'>, plot: () => Plot.PlotOptions): Chart;
export function makeChart<T>(
  spec: Omit<Chart, 'svg'>,
  plot: () => T,
  draw: (input: T, text: SvgText) => string,
): Chart;
export function makeChart(
  spec: Omit<Chart, 'svg'>,
  plot: () => unknown,
  draw = renderSvg as (input: unknown, text: SvgText) => string,
): Chart {
  let svg: string | undefined;
  return {
    ...spec,
    svg: () =>
      (svg ??= draw(plot(), {
        id: spec.id,
        title: spec.title,
        description: spec.description,
      })),
  };
}

/** The chart's numbers as CSV (RFC 4180, CRLF), the header being the column keys. */
export function chartCsv(chart: Pick<Chart, 'columns' | 'rows'>): string {
  return stringify(
    chart.rows.map((row) => chart.columns.map((c) => row[c.key] ?? '')),
    { header: true, columns: chart.columns.map((c) => c.key), record_delimiter: 'windows' },
  );
}

/** A cell as the chart's table shows it: shares as percentages, rates to 2 decimals, null as "withheld". */
export function formatCell(value: Cell, as?: 'share' | 'per'): string {
  if (value === null) return 'withheld';
  if (typeof value === 'number' && as === 'share') return `${(value * 100).toFixed(1)} %`;
  if (typeof value === 'number' && as === 'per') return value.toFixed(2);
  return String(value);
}

/** The table's body rows as HTML (Chart.astro): the first column heads its row; numbers get class "num". */
export function chartRowsHtml(chart: Pick<Chart, 'columns' | 'rows'>): string {
  let html = '';
  for (const row of chart.rows) {
    html += '<tr>';
    chart.columns.forEach((c, i) => {
      const cell = escapeText(formatCell(row[c.key] ?? null, c.as));
      if (i === 0) html += `<th scope="row">${cell}</th>`;
      else
        html +=
          typeof row[c.key] !== 'string' ? `<td class="num">${cell}</td>` : `<td>${cell}</td>`;
    });
    html += '</tr>';
  }
  return html;
}
