/**
 * Authority profiles assembled from a frame Plot drew once are the SVGs Plot draws on its own:
 * for the committed content's authorities and for many made-up profiles of the real taxonomy
 * (shares withheld and not, whole series withheld, large and small shares, two sizes of axis,
 * titles with characters that need escaping); Plot draws once per frame; and a frame whose
 * assembly is not Plot's drawing (a Plot that drew marks differently) is drawn by Plot every time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { profileLayout, profilePlot } from '../../src/lib/charts/profile-plot.ts';
import { profileRenderer } from '../../src/lib/charts/profile-svg.ts';
import { renderSvg, type SvgText } from '../../src/lib/charts/render-svg.ts';
import {
  concernCounts,
  themeProfile,
  type ProfileRow,
} from '../../src/lib/charts/theme-profile.ts';
import { parseThemes } from '../../src/lib/themes.ts';
import { loadDocuments } from '../helpers/content.ts';
import { ROOT } from '../helpers/seeds.ts';

const themes = parseThemes(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8'));
const label = (id: string) => themes.find((t) => t.id === id)?.label ?? id;
const ids = themes.map((t) => t.id);

// A deterministic stand-in for many authorities: shares up to `max`, one in five withheld, and
// now and then a whole series withheld (an authority with fewer findings than the minimum).
let seed = 7;
const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const madeUp = (themeIds: string[], max: number): ProfileRow[] => {
  const gone = next() < 0.2 ? 'authority' : next() < 0.1 ? 'region' : undefined;
  return themeIds.flatMap((theme) =>
    (['authority', 'region', 'england'] as const).map((series) => ({
      theme,
      series,
      rate: {
        k: 1,
        n: 10,
        value: series === gone || next() < 0.2 ? null : Math.round(next() * max * 1000) / 1000,
      },
    })),
  );
};

/** A renderer over Plot's own drawing that counts how often Plot draws. */
function counted(draw: (o: Plot.PlotOptions, t: SvgText) => string = renderSvg) {
  const calls = { n: 0 };
  const render = profileRenderer((o, t) => {
    calls.n++;
    return draw(o, t);
  });
  return { render, calls };
}

describe('profileRenderer', () => {
  it('draws the committed authorities’ profiles exactly as Plot does', () => {
    const docs = loadDocuments();
    const england = concernCounts(docs);
    const { render } = counted();
    const slugs = [...new Set(docs.map((d) => d.authority.slug))];
    for (const [i, slug] of [...slugs, ...slugs].entries()) {
      const own = concernCounts(docs.filter((d) => d.authority.slug === slug));
      const layout = profileLayout(
        themeProfile(ids, { authority: own, region: england, england }),
        label,
      );
      const text = { id: `a${i}`, title: `Profile ${slug}`, description: 'Shares.' };
      expect(render(layout, text)).toBe(renderSvg(profilePlot(layout), text));
    }
  });

  it('draws made-up profiles exactly as Plot does, drawing with Plot once per frame', () => {
    const { render, calls } = counted();
    const frames = new Set<string>();
    for (let i = 0; i < 120; i++) {
      const layout = profileLayout(
        madeUp(i % 3 === 0 ? ids.slice(0, 5) : ids, [0.05, 0.3, 0.5, 1][i % 4]!),
        label,
      );
      const text = { id: `m${i}`, title: `T & <T> “${i}” 'q'`, description: `D > ${i} & "d"` };
      const svg = render(layout, text);
      expect(svg).toBe(renderSvg(profilePlot(layout), text));
      // The frame: the size, the themes and the x axis's ticks.
      frames.add(`${layout.height} ${svg.match(/<g transform="translate\(0,9\)".*?<\/g>/s)?.[0]}`);
    }
    expect(frames.size).toBeGreaterThan(3);
    expect(frames.size).toBeLessThan(40);
    expect(calls.n).toBe(frames.size);
  });

  it('draws every profile of a frame with Plot when the assembled one is not Plot’s drawing', () => {
    // As if a Plot release drew circles with another radius: the proof fails, Plot draws them all.
    const other = (o: Plot.PlotOptions, t: SvgText) =>
      renderSvg(o, t).replaceAll('<circle r="4.5"', '<circle r="5"');
    const { render, calls } = counted(other);
    for (let i = 0; i < 10; i++) {
      const layout = profileLayout(madeUp(ids, 0.3), label);
      const text = { id: `p${i}`, title: 'T', description: 'D' };
      const svg = render(layout, text);
      expect(svg).toBe(other(profilePlot(layout), text));
      if (layout.dots.some((d) => d.series === 'authority')) expect(svg).toContain('<circle r="5"');
    }
    expect(calls.n).toBe(10);
  });
});
