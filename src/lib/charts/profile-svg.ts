/**
 * Draws the authorities' theme profiles as Plot draws them, with Plot once per frame.
 *
 * Every profile has the same size and the same themes down its y axis, and its
 * x axis is one of a handful (the nice domain of its largest share). Plot's
 * drawing of that frame (grid, axes, label, through linkedom) is most of what
 * a profile costs, ~3 ms each for 152 authorities at N = 500. So the first
 * profile of each frame is drawn by Plot, and the next ones are assembled from
 * it: the frame as Plot drew it, their own title and description as renderSvg
 * writes them, and their marks placed by Plot's own scales (Plot.scale). That
 * first profile is the proof: assembled the same way it must be Plot's drawing
 * byte for byte, or every profile of its frame is drawn by Plot
 * (tests/charts/profile-svg.test.ts).
 */
import * as Plot from '@observablehq/plot';
import { DRAW_ORDER, profilePlot, SERIES_SYMBOL, type ProfileLayout } from './profile-plot.ts';
import { renderSvg, svgTextMarkup, type SvgText } from './render-svg.ts';
import type { ProfileSeries } from './theme-profile.ts';

/** One mark of each series at (x, y), as Plot writes it (d3's symbols at r = 4.5; the proof checks them). */
const MARK: Record<ProfileSeries, (x: number, y: number) => string> = {
  authority: (x, y) => `<circle r="4.5" cy="${y}" cx="${x}" />`,
  region: (x, y) =>
    `<path d="M0,-6.998L6.06,3.499L-6.06,3.499Z" transform="translate(${x},${y})" />`,
  england: (x, y) =>
    `<path d="M-3.988,-3.988h7.976v7.976h-7.976Z" transform="translate(${x},${y})" />`,
};

const groupOpen = (s: ProfileSeries): string => {
  const dy = SERIES_SYMBOL[s].dy;
  return `<g${dy ? ` transform="translate(0,${dy})"` : ''} class="chart-mark chart-mark--${s}">`;
};

/** What profiles of one frame share. */
interface Frame {
  /** The <svg> tag after its aria-labelledby attribute. */
  tag: string;
  /** Grid, axes and label: from the <desc> to the first mark. */
  body: string;
  x: Plot.Scale;
  y: Plot.Scale;
}

function assemble(frame: Frame, layout: ProfileLayout, text: SvgText): string {
  let marks = '';
  for (const s of DRAW_ORDER) {
    const dots = layout.dots.filter((d) => d.series === s);
    if (dots.length === 0) continue; // Plot draws no group for a mark without data
    marks += groupOpen(s);
    // Plot scales the shares as percentages (the x scale's `percent`).
    for (const d of dots) marks += MARK[s](frame.x.apply(d.value * 100), frame.y.apply(d.theme));
    marks += '</g>';
  }
  return `<svg aria-labelledby="${text.id}-svg-title ${text.id}-svg-desc"${frame.tag}${svgTextMarkup(text)}${frame.body}${marks}</svg>`;
}

/** The frame of Plot's drawing `svg` of `layout`, if assembling the same profile gives that very drawing. */
function frameOf(
  svg: string,
  layout: ProfileLayout,
  text: SvgText,
  x: Plot.Scale,
  y: Plot.Scale,
): Frame | undefined {
  const open = `<svg aria-labelledby="${text.id}-svg-title ${text.id}-svg-desc"`;
  const tagEnd = svg.indexOf('>') + 1;
  const first = DRAW_ORDER.find((s) => layout.dots.some((d) => d.series === s));
  const marksAt = first ? svg.indexOf(groupOpen(first)) : svg.length - '</svg>'.length;
  const bodyAt = tagEnd + svgTextMarkup(text).length;
  if (!svg.startsWith(open) || marksAt < bodyAt) return undefined;
  const frame = { tag: svg.slice(open.length, tagEnd), body: svg.slice(bodyAt, marksAt), x, y };
  return assemble(frame, layout, text) === svg ? frame : undefined;
}

/**
 * A renderer of profile layouts: Plot's drawing (`draw`, renderSvg unless a test
 * gives another) for the first of each frame, the assembled SVG for the others.
 */
export function profileRenderer(
  draw: (options: Plot.PlotOptions, text: SvgText) => string = renderSvg,
): (layout: ProfileLayout, text: SvgText) => string {
  // Per frame: its parts, or null when assembling failed the proof and Plot draws them all.
  const frames = new Map<string, Frame | null>();
  return (layout, text) => {
    const { width, height, marginTop, marginBottom, marginLeft, marginRight } = layout;
    const x = Plot.scale({ x: { ...layout.x, range: [marginLeft, width - marginRight] } });
    const { dots, ...options } = layout;
    const key = JSON.stringify({ ...options, x: { ...layout.x, domain: x.domain } });
    const frame = frames.get(key);
    if (frame) return assemble(frame, layout, text);
    const svg = draw(profilePlot(layout), text);
    if (frame === undefined) {
      const y = Plot.scale({
        y: { ...layout.y, type: 'point', range: [marginTop, height - marginBottom] },
      });
      frames.set(key, frameOf(svg, layout, text, x, y) ?? null);
    }
    return svg;
  };
}
