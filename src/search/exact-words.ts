/**
 * Exact-word matching, the search page's alternative to Pagefind's stemming
 * ("police" also finds "policies"). Pagefind has no unstemmed search, so the
 * page asks it for the stemmed results of the words alone, loads them, and
 * keeps those whose indexed text has every word and "quoted phrase" as whole
 * words; filters and their counts are then worked out here from the kept
 * results' filter values, so the counts are of exactly what is listed. Pure.
 */
import { queryTerms, type FilterKey, type SearchState } from './search-state.ts';

/** What the page knows of one loaded result. */
export interface LoadedResult {
  url: string;
  content: string;
  filters: Partial<Record<string, string[]>>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test for one term as whole words, case-insensitive, any run of spaces between a phrase's words. */
const termPattern = (term: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${term.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  );

/** Whether `text` contains every word and phrase of `q` exactly (an empty query matches everything). */
export function hasExactWords(text: string, q: string): boolean {
  return queryTerms(q).every((term) => termPattern(term).test(text));
}

/** The results that have every chosen value's filter: any value within one filter, all filters. */
export function applyFilters<T extends LoadedResult>(
  results: readonly T[],
  filters: SearchState['filters'],
  except?: FilterKey,
): T[] {
  const active = Object.entries(filters).filter(
    ([key, values]) => key !== except && values && values.length > 0,
  ) as [FilterKey, string[]][];
  return results.filter((r) =>
    active.every(([key, values]) => (r.filters[key] ?? []).some((v) => values.includes(v))),
  );
}

/** Counts of each value of `key` among the results matching the other filters (a filter's own choice never narrows its counts). */
export function exactCounts(
  results: readonly LoadedResult[],
  filters: SearchState['filters'],
  key: FilterKey,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of applyFilters(results, filters, key))
    for (const v of new Set(r.filters[key] ?? [])) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
