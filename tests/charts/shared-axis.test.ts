/**
 * Authority profiles drawn with the shared y axis are the SVGs Plot draws on its own: for the
 * committed content's authorities and for many made-up profiles of the real taxonomy, with shares
 * withheld and not, and for two sizes of axis kept side by side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_AXIS_Y_MARK, profilePlot } from '../../src/lib/charts/profile-plot.ts';
import { renderSvg } from '../../src/lib/charts/render-svg.ts';
import { sharedAxisY } from '../../src/lib/charts/shared-axis.ts';
import { concernCounts, themeProfile } from '../../src/lib/charts/theme-profile.ts';
import { parseThemes } from '../../src/lib/themes.ts';
import { loadDocuments } from '../helpers/content.ts';
import { ROOT } from '../helpers/seeds.ts';

const themes = parseThemes(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8'));
const label = (id: string) => themes.find((t) => t.id === id)?.label ?? id;
const ids = themes.map((t) => t.id);

// A deterministic stand-in for many authorities: shares between 0 and 0.5, one in five withheld.
let seed = 7;
const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const madeUp = (themeIds: string[]) =>
  themeIds.flatMap((theme) =>
    (['authority', 'region', 'england'] as const).map((series) => ({
      theme,
      series,
      rate: { k: 1, n: 10, value: next() < 0.2 ? null : Math.round(next() * 500) / 1000 },
    })),
  );

describe('sharedAxisY', () => {
  it('draws the committed authorities’ profiles exactly as Plot does', () => {
    const docs = loadDocuments();
    const england = concernCounts(docs);
    const draw = sharedAxisY(PROFILE_AXIS_Y_MARK);
    const slugs = [...new Set(docs.map((d) => d.authority.slug))];
    for (const [i, slug] of [...slugs, ...slugs].entries()) {
      const own = concernCounts(docs.filter((d) => d.authority.slug === slug));
      const rows = themeProfile(ids, { authority: own, region: england, england });
      const text = { id: `a${i}`, title: `Profile ${slug}`, description: 'Shares.' };
      expect(draw(profilePlot(rows, label), text)).toBe(renderSvg(profilePlot(rows, label), text));
    }
  });

  it('draws made-up profiles of two axes exactly as Plot does, the axis drawn once per size', () => {
    const draw = sharedAxisY(PROFILE_AXIS_Y_MARK);
    for (let i = 0; i < 40; i++) {
      const rows = madeUp(i % 2 === 0 ? ids : ids.slice(0, 5));
      const text = { id: `m${i}`, title: 'T', description: 'D' };
      const svg = draw(profilePlot(rows, label), text);
      expect(svg).toBe(renderSvg(profilePlot(rows, label), text));
      // The axis is there once, not twice or missing.
      expect(svg.match(/<g transform="translate\(-9,0\)" text-anchor="end">/g)).toHaveLength(1);
    }
  });
});
