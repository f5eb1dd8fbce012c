/**
 * The Pagefind search that gives one filter's counts for a search state. Pure,
 * so what the counts mean is unit-tested: the page runs these searches only
 * for the filters a reader has open (src/scripts/filter-counts.ts).
 */
import { formatSearchState, toPagefindFilters, type FilterKey, type SearchState } from './search-state.ts';

/** A search for counts: its response's `filters[key]` are the counts. */
export interface CountSearch {
  term: string | null;
  filters: Record<string, { any: string[] }>;
}

/**
 * Values of one filter are alternatives, so a filter's counts leave out its
 * own selection: they say what each value gives alongside the other filters.
 * The filter itself is asked for with every value (`any`): that makes
 * Pagefind load its index (it counts only filters whose index is loaded) and
 * removes only pages without any of its values, which count for none of them.
 * Undefined when the counts are the whole index's, known at build time.
 */
export function countSearch(state: SearchState, key: FilterKey, values: readonly string[]): CountSearch | undefined {
  const { [key]: _own, ...others } = state.filters;
  if (!state.q && Object.keys(others).length === 0) return undefined;
  return { term: state.q || null, filters: { ...toPagefindFilters(others), [key]: { any: [...values] } } };
}

/** What a filter's counts depend on: equal keys, equal counts (its own selection and the order do not matter). */
export function countKey(state: SearchState, key: FilterKey): string {
  const { [key]: _own, ...others } = state.filters;
  return formatSearchState({ q: state.q, filters: others, sort: 'relevance' });
}
