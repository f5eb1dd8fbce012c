/**
 * The result list: the latest search's results, shown as they arrive, 20 at a time.
 */
import {
  highlightFragment,
  markedWords,
  queryTerms,
  toPagefindFilters,
  toPagefindSort,
  type SearchState,
} from '../search-state.ts';
import type { Pagefind, PagefindResult, ResultData } from './pagefind-client.ts';
import { resultItem } from './search-dom.ts';

const PAGE = 20;
/**
 * A search's first results are shown at once, the rest of its first page once typing has paused.
 * While someone types, each key's results are replaced ~100 ms later: fetching 20 result
 * fragments for each of them was up to a third of a first search's bytes (N = 150, "strategy
 * discussions": "strategy" stood while " d", " di" waited for a longer word).
 */
const FIRST = 5;
const REST_AFTER_MS = 150;

/** The list of one search page. */
export interface SearchResults {
  /**
   * Search and show the first results; resolves to how many there are, or undefined if a newer
   * search or clear() superseded it. `preset`: results already found and loaded (exact words).
   */
  show: (state: SearchState, preset?: () => Promise<ResultData[]>) => Promise<number | undefined>;
  /** Show the next results of the current search. */
  more: () => Promise<void>;
  /** A key was pressed: put off the rest of the first page (the search may be about to change). */
  defer: () => void;
  /** Empty the list (and supersede any search under way). */
  clear: () => void;
}

/** Results from `pagefind` (an instance with no filter index loaded but those in use, so it counts nothing else) into `list`. */
export function searchResults(
  pagefind: Pagefind,
  list: HTMLOListElement,
  moreButton: HTMLButtonElement,
): SearchResults {
  let generation = 0;
  let q = '';
  let exact = false;
  // The words to mark in a result: those Pagefind marked (word forms included), or with exact words the query's own.
  const words = (data: ResultData) => (exact ? queryTerms(q) : markedWords(data.excerpt));
  let results: PagefindResult[] = [];
  let shown = 0;
  let searching: Promise<unknown> = Promise.resolve();
  let rest: { timer: ReturnType<typeof setTimeout>; load: () => void } | undefined;

  function restLater(load: () => void): void {
    clearTimeout(rest?.timer);
    const timer = setTimeout(() => {
      rest = undefined;
      load();
    }, REST_AFTER_MS);
    rest = { timer, load };
  }

  async function more(mine = generation, count = PAGE): Promise<void> {
    // A batch's fragments are requested at once and each result shown as soon as it and those above
    // it have arrived: the first result does not wait for the last (50–100 ms at N = 500).
    const batch = results.slice(shown, shown + count).map((r) => r.data());
    for (const pending of batch) {
      const data = await pending;
      if (mine !== generation) return;
      list.append(resultItem(data, highlightFragment(q, exact ? '' : data.excerpt), words(data)));
      shown += 1;
    }
    moreButton.hidden = shown >= results.length;
  }

  return {
    async show(state, preset) {
      const mine = ++generation;
      // Pagefind's worker runs searches one after another, and a short common prefix ("sup") can take
      // 300 ms at N = 500: searches typed meanwhile would queue behind it. So one search at a time,
      // and one that waited runs only if it is still the latest.
      await searching;
      if (mine !== generation) return undefined;
      const pending = preset
        ? preset().then((loaded) => ({
            results: loaded.map((data) => ({ data: async () => data })),
          }))
        : pagefind.search(state.q || null, {
            filters: toPagefindFilters(state.filters),
            sort: toPagefindSort(state.sort),
          });
      searching = pending.catch(() => undefined);
      const response = await pending;
      if (!response || mine !== generation) return undefined;
      ({ q } = state);
      exact = state.exact === true;
      results = response.results;
      shown = 0;
      list.replaceChildren();
      moreButton.hidden = true;
      await more(mine, FIRST);
      if (mine !== generation) return undefined;
      moreButton.hidden = true; // until the rest of the first page is in
      restLater(() => {
        if (mine === generation) void more(mine, PAGE - FIRST);
      });
      return results.length;
    },
    more: () => more(),
    defer() {
      if (rest) restLater(rest.load);
    },
    clear() {
      generation += 1;
      results = [];
      list.replaceChildren();
      moreButton.hidden = true;
    },
  };
}
