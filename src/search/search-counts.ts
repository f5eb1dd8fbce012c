/**
 * The Pagefind searches that give the open filters' counts for a search
 * state. Pure, so what the counts mean is unit-tested; the page runs them for
 * the filters a reader has open (src/search/browser/filter-counts.ts).
 */
import {
  formatSearchState,
  toPagefindFilters,
  type FilterKey,
  type SearchState,
} from './search-state.ts';

/** One count search: its response's `filters[key]` are the counts of each of `keys`. */
export interface CountSearch {
  term: string | null;
  filters: Record<string, { any: string[] }>;
  keys: FilterKey[];
}

const others = (state: SearchState, key: FilterKey): SearchState['filters'] => {
  const { [key]: _own, ...rest } = state.filters;
  return rest;
};

/** What a filter's counts depend on (its own selection and the order do not): equal keys, equal counts. */
export function countKey(state: SearchState, key: FilterKey): string {
  return formatSearchState({ q: state.q, filters: others(state, key), sort: 'relevance' });
}

/** No words and no other filter: the counts are the whole index's totals, known at build time. */
export const countsAreTotals = (state: SearchState, key: FilterKey): boolean =>
  countKey(state, key) === '';

/**
 * Values of one filter are alternatives, so a filter's counts leave out its own selection: they say
 * what each value gives alongside the words and the other filters. Pagefind counts every filter
 * whose index the instance has loaded, on every search, so:
 *  - a filter not yet `loaded` is asked for with every value (`any`), which loads its index and
 *    removes only pages without any of its values, which count for none of them;
 *  - loaded filters with nothing chosen share one search with the whole selection;
 *  - a loaded filter with values chosen gets one search without its own selection.
 */
export function countSearches(
  state: SearchState,
  keys: readonly FilterKey[],
  loaded: ReadonlySet<FilterKey>,
  values: (key: FilterKey) => readonly string[],
): CountSearch[] {
  const term = state.q || null;
  const wanted = keys.filter((key) => !countsAreTotals(state, key));
  const load = wanted.filter((key) => !loaded.has(key));
  const chosen = (key: FilterKey) => (state.filters[key]?.length ?? 0) > 0;
  const shared = wanted.filter((key) => loaded.has(key) && !chosen(key));
  return [
    ...load.map((key) => ({
      term,
      filters: { ...toPagefindFilters(others(state, key)), [key]: { any: [...values(key)] } },
      keys: [key],
    })),
    ...(shared.length > 0
      ? [{ term, filters: toPagefindFilters(state.filters), keys: shared }]
      : []),
    ...wanted
      .filter((key) => loaded.has(key) && chosen(key))
      .map((key) => ({ term, filters: toPagefindFilters(others(state, key)), keys: [key] })),
  ];
}
