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

/** The series in the order their marks are drawn (the authority's on top). */
export const DRAW_ORDER = ['england', 'region', 'authority'] as const;

/** One drawn mark: a theme's share in one series. */
export interface ProfileDot {
  theme: string;
  series: ProfileSeries;
  value: number;
}

/** A profile's size, scales and drawn marks: everything Plot is given, as plain data. */
export interface ProfileLayout {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  y: { domain: string[]; label: null };
  x: Plot.ScaleOptions & { domain: [number, number] };
  /** The marks drawn (withheld shares left out), in row order. */
  dots: ProfileDot[];
}

/** The layout of rows from themeProfile; `label` maps a theme id to its label. */
export function profileLayout(
  rows: readonly ProfileRow[],
  label: (id: string) => string,
): ProfileLayout {
  const themes = [...new Set(rows.map((r) => label(r.theme)))];
  const dots = rows
    .filter((r) => r.rate.value !== null)
    .map((r) => ({ theme: label(r.theme), series: r.series, value: r.rate.value! }));
  return {
    width: 720,
    height: 50 + themes.length * 26,
    // The margins Plot would derive from the axes, given so that every profile has the same frame
    // whatever its numbers (./profile-svg.ts draws the frame once).
    marginTop: 20,
    marginBottom: 30,
    marginLeft: 250,
    marginRight: 20,
    y: { domain: themes, label: null },
    x: {
      domain: [0, 100 * Math.max(0.1, ...dots.map((d) => d.value))],
      nice: true,
      percent: true,
      label: 'share of areas for development and priority actions (%) →',
      labelAnchor: 'left',
    },
    dots,
  };
}

/** Plot options for a profile's layout. */
export function profilePlot({ dots, ...layout }: ProfileLayout): Plot.PlotOptions {
  return {
    ...layout,
    marks: [
      gridX({ ticks: 5 }),
      axisY({ label: null, tickSize: 0, lineWidth: 21 }),
      axisX({ ticks: 5 }),
      ...DRAW_ORDER.map((s) =>
        // Nudged apart vertically so equal shares do not hide one another.
        dot(
          dots.filter((d) => d.series === s),
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
