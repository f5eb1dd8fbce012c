/**
 * Draws charts that share their y axis once per axis. Every authority's theme
 * profile names the same themes, wrapped, at the same heights, and laying out
 * and wrapping those labels is about half of what drawing a profile costs. The
 * first chart of each axis is drawn whole and its axis kept; the others are
 * drawn without it and the kept axis is put back where Plot draws it, so every
 * SVG is the one Plot would draw (tests/charts/shared-axis.test.ts).
 */
import type * as Plot from '@observablehq/plot';
import { renderSvg, type SvgText } from './render-svg.ts';

/** Where the n-th top-level group of an SVG starts and ends; the groups before it must not nest groups. */
function groupSpan(svg: string, n: number): [number, number] {
  let start = svg.indexOf('<g');
  for (let i = 0; i < n; i++) start = svg.indexOf('<g', svg.indexOf('</g>', start));
  return [start, svg.indexOf('</g>', start) + '</g>'.length];
}

/**
 * A renderer for charts whose `marks[axisMark]` is a y axis drawn as one group (no ticks, no label),
 * after marks that draw one flat group each. The axis is kept per size, margins and y scale options.
 */
export function sharedAxisY(
  axisMark: number,
): (options: Plot.PlotOptions, text: SvgText) => string {
  const kept = new Map<string, string>();
  return (options, text) => {
    const { width, height, marginTop, marginBottom, marginLeft, y } = options;
    const key = JSON.stringify([width, height, marginTop, marginBottom, marginLeft, y]);
    const axis = kept.get(key);
    if (axis === undefined) {
      const whole = renderSvg(options, text);
      const [start, end] = groupSpan(whole, axisMark);
      kept.set(key, whole.slice(start, end));
      return whole;
    }
    const marks = (options.marks ?? []).filter((_, i) => i !== axisMark);
    const bare = renderSvg({ ...options, marks, y: { ...y, axis: null } }, text);
    const [at] = groupSpan(bare, axisMark);
    return bare.slice(0, at) + axis + bare.slice(at);
  };
}
