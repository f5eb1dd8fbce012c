/**
 * Every chart the site publishes, from the build's data: the judgement mix by
 * theme, by year and by region (on /charts/), each authority's theme profile and
 * each theme's judgements by year. Charts are made on first request and kept.
 * Pure (given the data).
 */
import type { Authority, SourceDocument } from '../../schemas/document.ts';
import { yearOf } from '../dates.ts';
import { groupBy } from '../group.ts';
import { judgementLabel } from '../judgements.ts';
import type { ThemeInfo } from '../themes.ts';
import { countNoun } from '../text.ts';
import { makeChart, type Chart } from './chart.ts';
import { judgementMix, type MixGroup, type MixRow } from './judgement-mix.ts';
import { mixPlot } from './mix-plot.ts';
import { profileLayout } from './profile-plot.ts';
import { profileRenderer } from './profile-svg.ts';
import { MIN_FINDINGS, MIN_LETTERS } from './rates.ts';
import {
  concernCounts,
  PROFILE_SERIES,
  themeProfile,
  type ConcernCounts,
  type ProfileSeries,
} from './theme-profile.ts';

/** What the charts are drawn from. */
export interface ChartInputs {
  documents: readonly SourceDocument[];
  documentsByAuthority: ReadonlyMap<string, readonly SourceDocument[]>;
  authorities: readonly Authority[];
  themes: readonly ThemeInfo[];
}

/** The site's charts. */
export interface SiteCharts {
  /** /charts/: by theme, by year, by region. */
  overview: Chart[];
  /** An authority's theme profile (authorities with documents). */
  authority: (slug: string) => Chart | undefined;
  /** A theme's judgements by year. */
  theme: (id: string) => Chart | undefined;
  /** Every chart id, for the CSV routes. */
  ids: () => string[];
  /** Any chart by id. */
  byId: (id: string) => Chart | undefined;
}

const MIX_COLUMNS = [
  { key: 'group', label: 'Group' },
  { key: 'judgement', label: 'Judgement' },
  { key: 'findings', label: 'Findings' },
  { key: 'letters', label: 'Letters (n)' },
  { key: 'findings_per_letter', label: 'Findings per letter', as: 'per' as const },
];

const mixRows = (rows: readonly MixRow[]) =>
  rows.map((r) => ({
    group: r.group,
    judgement: judgementLabel(r.judgement),
    findings: r.rate.k,
    letters: r.rate.n,
    findings_per_letter: r.rate.value,
  }));

/** The n of each group ("2009: 1 letter; 2011: 3 letters"), or one n when every group has the same letters. */
function letterCounts(groups: readonly MixGroup[]): string {
  const n = (g: MixGroup) =>
    countNoun(g.letters.filter((d) => d.kind === 'ofsted-letter').length, 'letter');
  if (groups.length > 1 && groups.every((g) => g.letters === groups[0]!.letters))
    return `n = ${n(groups[0]!)} for every group`;
  return groups.map((g) => `${g.group}: ${n(g)}`).join('; ');
}

function mixChart(
  id: string,
  title: string,
  what: string,
  groups: MixGroup[],
  marginLeft?: number,
): Chart {
  const rows = judgementMix(groups);
  const description = `${what} Findings per Ofsted letter, so groups with more letters do not look bigger (council reports are left out: they restate their letter). ${letterCounts(groups)}. Groups with fewer than ${MIN_LETTERS} letters are withheld.`;
  return makeChart({ id, title, description, columns: MIX_COLUMNS, rows: mixRows(rows) }, () =>
    mixPlot(
      rows,
      groups.map((g) => g.group),
      marginLeft,
    ),
  );
}

const SERIES_LABEL = (a: Authority): Record<ProfileSeries, string> => ({
  authority: a.name,
  region: `${a.region} (region)`,
  england: 'England',
});

/** Builds the charts over the data; each is computed and drawn at most once. */
export function siteCharts(input: ChartInputs): SiteCharts {
  const letters = input.documents.filter((d) => d.kind === 'ofsted-letter');
  const byYear = [...groupBy(letters, (d) => yearOf(d.inspection.start))].sort(([a], [b]) => a - b);
  const regions = [...new Set(input.authorities.map((a) => a.region))].sort();
  const label = (id: string) => input.themes.find((t) => t.id === id)?.label ?? id;
  const memo = new Map<string, Chart | undefined>();
  const once = (id: string, make: () => Chart | undefined) => {
    if (!memo.has(id)) memo.set(id, make());
    return memo.get(id);
  };
  // Every authority's profile has one of a few frames: Plot draws each frame once.
  const drawProfile = profileRenderer();
  const counted = new Map<string, ConcernCounts>();
  const countsOf = (key: string, docs: () => readonly SourceDocument[]) =>
    counted.get(key) ?? counted.set(key, concernCounts(docs())).get(key)!;

  const overview = (): Chart[] => [
    once('judgements-by-theme', () =>
      mixChart(
        'judgements-by-theme',
        'Judgements by theme',
        'For each theme, findings per letter carrying it, by judgement, over every letter.',
        input.themes.map((t) => ({
          group: t.label,
          letters,
          counts: (f) => f.themes.some((x) => x.theme === t.id),
        })),
        250,
      ),
    )!,
    once('judgements-by-year', () =>
      mixChart(
        'judgements-by-year',
        'Judgements by year of inspection',
        'Findings per letter by judgement in each year of inspection (the programme ran June 2009 – June 2012, so 2009 and 2012 are part years).',
        byYear.map(([y, docs]) => ({ group: String(y), letters: docs })),
      ),
    )!,
    once('judgements-by-region', () =>
      mixChart(
        'judgements-by-region',
        'Judgements by region',
        'Findings per letter by judgement in each government office region.',
        regions.map((r) => ({
          group: r,
          letters: letters.filter((d) => d.authority.region === r),
        })),
        170,
      ),
    )!,
  ];

  const authority = (slug: string) =>
    once(`authority-${slug}-theme-profile`, () => {
      const a = input.authorities.find((x) => x.slug === slug);
      const own = input.documentsByAuthority.get(slug);
      if (!a || !own) return undefined;
      const counts = {
        authority: concernCounts(own),
        region: countsOf(`region:${a.region}`, () =>
          input.documents.filter((d) => d.authority.region === a.region),
        ),
        england: countsOf('england', () => input.documents),
      };
      const rows = themeProfile(
        input.themes.map((t) => t.id),
        counts,
      );
      const names = SERIES_LABEL(a);
      const n = Object.fromEntries(
        PROFILE_SERIES.map((s) => [s, rows.find((r) => r.series === s)?.rate.n ?? 0]),
      ) as Record<ProfileSeries, number>;
      const id = `authority-${slug}-theme-profile`;
      return makeChart(
        {
          id,
          title: `Themes of ${a.name}’s areas for development, against ${a.region} and England`,
          description: `For each theme, the share of areas for development and priority actions in Ofsted letters that carry it: ${a.name} (n = ${n.authority}), ${a.region} including ${a.name} (n = ${n.region}), England (n = ${n.england}). A finding can carry several themes, so shares do not add up to 100 %. Shares of fewer than ${MIN_FINDINGS} findings are withheld.`,
          columns: [
            { key: 'theme', label: 'Theme' },
            { key: 'series', label: 'Whose' },
            { key: 'with_theme', label: 'With the theme' },
            { key: 'areas', label: 'Areas for development and priority actions (n)' },
            { key: 'share', label: 'Share', as: 'share' },
          ],
          rows: rows.map((r) => ({
            theme: label(r.theme),
            series: names[r.series],
            with_theme: r.rate.k,
            areas: r.rate.n,
            share: r.rate.value,
          })),
        },
        () => profileLayout(rows, label),
        drawProfile,
      );
    });

  const theme = (id: string) =>
    once(`theme-${id}-by-year`, () => {
      const t = input.themes.find((x) => x.id === id);
      if (!t) return undefined;
      return mixChart(
        `theme-${id}-by-year`,
        `${t.label}: judgements by year`,
        `Findings on ${t.label.toLowerCase()} per letter, by judgement, in each year of inspection.`,
        byYear.map(([y, docs]) => ({
          group: String(y),
          letters: docs,
          counts: (f) => f.themes.some((x) => x.theme === id),
        })),
      );
    });

  const ids = () => [
    ...overview().map((c) => c.id),
    ...[...input.documentsByAuthority.keys()].sort().map((s) => `authority-${s}-theme-profile`),
    ...input.themes.map((t) => `theme-${t.id}-by-year`),
  ];
  const byId = (id: string): Chart | undefined => {
    const a = /^authority-(.+)-theme-profile$/.exec(id);
    if (a) return authority(a[1]!);
    const t = /^theme-(.+)-by-year$/.exec(id);
    if (t) return theme(t[1]!);
    return overview().find((c) => c.id === id);
  };
  return { overview: overview(), authority, theme, ids, byId };
}
