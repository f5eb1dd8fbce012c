/**
 * Whether two findings (or a sentence and a finding) are about the same matter:
 * shared themes and shared content words, with the evidence kept so a reader can
 * judge the link. Thresholds were set on the seed letters and the test fixtures:
 * rewordings of one point share a theme and three or more content words; two
 * words are what unrelated findings share through a theme's own phrase
 * ("protection enquiries") or a team's name ("duty team"). Pure.
 */
import type { Finding } from '../../schemas/document.ts';
import { wordOverlap } from './word-overlap.ts';

/** The evidence that two passages are about the same matter. */
export interface Match<T> {
  /** The candidate matched. */
  item: T;
  /** Dice coefficient of their content words. */
  dice: number;
  /** Words in common, as the earlier passage writes them. */
  sharedWords: string[];
  /** Theme ids both carry, in the earlier finding's order. */
  sharedThemes: string[];
}

/** Words alone link two passages at this overlap. */
export const SIMILAR_WORDS = 0.3;
/** With a shared theme, this overlap suffices. */
export const SIMILAR_WITH_THEME = 0.12;
/** Fewer shared words than this never make a link on their own. */
export const MIN_SHARED_WORDS = 3;
/** A later finding that itself says it repeats the previous inspection needs only a shared theme or this overlap. */
export const SIMILAR_STATEMENT = 0.12;

const themeIds = (f: Pick<Finding, 'themes'>): string[] => f.themes.map((t) => t.theme);

/** The evidence for one pair. */
export function compare<T extends Pick<Finding, 'text' | 'themes'>>(
  earlier: Pick<Finding, 'text' | 'themes'>,
  later: T,
): Match<T> {
  const { dice, shared } = wordOverlap(earlier.text, later.text);
  // A finding has a few themes: scanning them is cheaper than a Set per comparison.
  return {
    item: later,
    dice,
    sharedWords: shared,
    sharedThemes: themeIds(earlier).filter((t) => later.themes.some((x) => x.theme === t)),
  };
}

/** Ranks matches: more shared words first, a shared theme breaking near ties. */
export const score = (m: Match<unknown>): number => m.dice + 0.05 * m.sharedThemes.length;

/** Whether the evidence is enough to say two findings are about the same matter. */
export const sameMatter = (m: Match<unknown>): boolean =>
  m.sharedWords.length >= MIN_SHARED_WORDS &&
  (m.dice >= SIMILAR_WORDS || (m.sharedThemes.length > 0 && m.dice >= SIMILAR_WITH_THEME));

/** The best candidate about the same matter, if any (ties: the earlier candidate). */
export function bestMatch<T extends Pick<Finding, 'text' | 'themes'>>(
  earlier: Pick<Finding, 'text' | 'themes'>,
  candidates: readonly T[],
  accept: (m: Match<T>) => boolean = sameMatter,
): Match<T> | undefined {
  let best: Match<T> | undefined;
  for (const candidate of candidates) {
    const m = compare(earlier, candidate);
    if (accept(m) && (!best || score(m) > score(best))) best = m;
  }
  return best;
}
