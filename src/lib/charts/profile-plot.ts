/**
 * The theme-profile chart: one row per theme, a mark per series in a distinct
 * shape (circle: this authority, triangle: its region, square: England), so
 * shape, not colour, tells them apart. Withheld series are not drawn.
 */
import type * as Plot from '@observablehq/plot';
import { axisX, axisY, dot, gridX } from '@observablehq/plot';
import type { ProfileRow, ProfileSeries } from './theme-profile.ts';

/** The shape of each series: one home, used by the chart and its key. */
export const SERIES_SYMBOL: Record<ProfileSeries, { plot: string; text: string; dy: number }> = {
  authority: { plot: 'circle', text: '●', dy: -6 },
  region: { plot: 'triangle', text: '▲', dy: 0 },
  england: { plot: 'square', text: '■', dy: 6 },
};

/** The index of the y axis among a profile's marks (see ./shared-axis.ts). */
export const PROFILE_AXIS_Y_MARK = 1;

/** Plot options for rows from themeProfile; `label` maps a theme id to its label. */
export function profilePlot(
  rows: readonly ProfileRow[],
  label: (id: string) => string,
): Plot.PlotOptions {
  const themes = [...new Set(rows.map((r) => label(r.theme)))];
  const drawn = rows
    .filter((r) => r.rate.value !== null)
    .map((r) => ({ theme: label(r.theme), series: r.series, value: r.rate.value! }));
  return {
    width: 720,
    height: 50 + themes.length * 26,
    // The margins Plot derives from the axes, given so that a profile drawn without its y axis (which
    // every profile shares: ./shared-axis.ts) keeps them.
    marginTop: 20,
    marginBottom: 30,
    marginLeft: 250,
    marginRight: 20,
    y: { domain: themes, label: null },
    x: {
      domain: [0, 100 * Math.max(0.1, ...drawn.map((d) => d.value))],
      nice: true,
      percent: true,
      label: 'share of areas for development and priority actions (%) →',
      labelAnchor: 'left',
    },
    // The y axis is mark 1 (PROFILE_AXIS_Y_MARK), after the grid's one group.
    marks: [
      gridX({ ticks: 5 }),
      axisY({ label: null, tickSize: 0, lineWidth: 21 }),
      axisX({ ticks: 5 }),
      ...(['england', 'region', 'authority'] as const).map((s) =>
        // Nudged apart vertically so equal shares do not hide one another.
        dot(
          drawn.filter((d) => d.series === s),
          {
            x: 'value',
            y: 'theme',
            dy: SERIES_SYMBOL[s].dy,
            symbol: SERIES_SYMBOL[s].plot,
            r: 4.5,
            fill: 'currentColor',
            className: `chart-mark chart-mark--${s}`,
          },
        ),
      ),
    ],
  };
}
