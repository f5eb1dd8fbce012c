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

/** A set of letters' areas for development and priority actions: how many, and how many carry each theme. */
export interface ConcernCounts {
  n: number;
  byTheme: Map<string, number>;
}

/** Counts once per set of letters (a region's and England's are shared by every authority page). */
export function concernCounts(docs: readonly SourceDocument[]): ConcernCounts {
  const concerns = docs
    .filter((d) => d.kind === 'ofsted-letter')
    .flatMap((d) => d.findings)
    .filter((f) => isConcern(f.judgement));
  const byTheme = new Map<string, number>();
  for (const f of concerns)
    for (const id of new Set(f.themes.map((t) => t.theme)))
      byTheme.set(id, (byTheme.get(id) ?? 0) + 1);
  return { n: concerns.length, byTheme };
}

/** Rows for every theme raised as a concern anywhere in England, in the given theme order. */
export function themeProfile(
  themeIds: readonly string[],
  counts: Record<ProfileSeries, ConcernCounts>,
): ProfileRow[] {
  const used = themeIds.filter((t) => (counts.england.byTheme.get(t) ?? 0) > 0);
  return used.flatMap((theme) =>
    PROFILE_SERIES.map((series) => ({
      theme,
      series,
      rate: rate(counts[series].byTheme.get(theme) ?? 0, counts[series].n, MIN_FINDINGS),
    })),
  );
}
