/**
 * Exact-word results (src/search/exact-words.ts): Pagefind's stemmed results
 * for the words alone, every one loaded and kept only if its text has the
 * words exactly. Loading them all is what makes the filters and counts exact;
 * the loaded set is kept for the next change of filters or order.
 */
import { applyFilters, exactCounts, hasExactWords } from '../exact-words.ts';
import { toPagefindSort, type FilterKey, type SearchState } from '../search-state.ts';
import type { Pagefind, ResultData } from './pagefind-client.ts';

/** Finds exact-word results: all of a query's matches, and those of a search state. */
export interface ExactSearch {
  /** Every result with the words exactly, before filters (in the state's order). */
  all: (state: SearchState) => Promise<ResultData[]>;
  /** The results of the state: its words exactly, and its filters. */
  results: (state: SearchState) => Promise<ResultData[]>;
  /** The counts of one filter's values for the state. */
  counts: (state: SearchState, key: FilterKey) => Promise<Record<string, number>>;
}

export function exactSearch(pagefind: Pagefind): ExactSearch {
  let cached: { key: string; all: Promise<ResultData[]> } | undefined;
  const all = (state: SearchState) => {
    const key = `${state.q}\u0000${state.sort}`;
    if (cached?.key !== key) {
      const loading = pagefind
        .search(state.q || null, { sort: toPagefindSort(state.sort) })
        .then((response) => Promise.all((response?.results ?? []).map((r) => r.data())))
        .then((loaded) => loaded.filter((data) => hasExactWords(data.content, state.q)));
      cached = { key, all: loading };
    }
    return cached.all;
  };
  return {
    all,
    results: async (state) => applyFilters(await all(state), state.filters),
    counts: async (state, key) => exactCounts(await all(state), state.filters, key),
  };
}
