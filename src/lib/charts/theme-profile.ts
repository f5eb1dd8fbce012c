/**
 * An authority's theme profile against its region and England: for each theme,
 * the share of areas for development and priority actions that carry it. Shares
 * of findings rather than of letters, so that an authority inspected once can be
 * compared at all; below MIN_FINDINGS the share is withheld. Ofsted letters only
 * (a council report restates its letter). The region includes the authority. Pure.
 */
import type { SourceDocument } from '../../schemas/document.ts';
import { isConcern } from '../follow-up/outcomes.ts';
import { MIN_FINDINGS, rate, type Rate } from './rates.ts';

/** Whose share. */
export type ProfileSeries = 'authority' | 'region' | 'england';
export const PROFILE_SERIES: readonly ProfileSeries[] = ['authority', 'region', 'england'];

/** One theme's share in one series. */
export interface ProfileRow {
  theme: string;
  series: ProfileSeries;
  /** k: concerns with the theme; n: concerns; value: share. */
  rate: Rate;
}

const concernsOf = (docs: readonly SourceDocument[]) => docs.filter((d) => d.kind === 'ofsted-letter').flatMap((d) => d.findings).filter((f) => isConcern(f.judgement));

/** Rows for every theme raised as a concern anywhere in England, in the given theme order. */
export function themeProfile(themeIds: readonly string[], docs: Record<ProfileSeries, readonly SourceDocument[]>): ProfileRow[] {
  const concerns = Object.fromEntries(PROFILE_SERIES.map((s) => [s, concernsOf(docs[s])])) as Record<ProfileSeries, ReturnType<typeof concernsOf>>;
  const used = themeIds.filter((t) => concerns.england.some((f) => f.themes.some((x) => x.theme === t)));
  return used.flatMap((theme) =>
    PROFILE_SERIES.map((series) => {
      const list = concerns[series];
      return { theme, series, rate: rate(list.filter((f) => f.themes.some((x) => x.theme === theme)).length, list.length, MIN_FINDINGS) };
    }),
  );
}
