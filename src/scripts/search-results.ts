/**
 * The result list: the latest search's results, shown as they arrive, 20 at a time.
 */
import { highlightFragment, toPagefindFilters, toPagefindSort, type SearchState } from '../lib/search-state.ts';
import type { Pagefind, PagefindResult } from './pagefind-client.ts';
import { resultItem } from './search-dom.ts';

const PAGE = 20;

/** The list of one search page. */
export interface SearchResults {
  /** Search and show the first results; resolves to how many there are, or undefined if a newer search or clear() superseded it. */
  show: (state: SearchState) => Promise<number | undefined>;
  /** Show the next results of the current search. */
  more: () => Promise<void>;
  /** Empty the list (and supersede any search under way). */
  clear: () => void;
}

/** Results from `pagefind` (an instance with no filter index loaded but those in use, so it counts nothing else) into `list`. */
export function searchResults(pagefind: Pagefind, list: HTMLOListElement, moreButton: HTMLButtonElement): SearchResults {
  let generation = 0;
  let q = '';
  let results: PagefindResult[] = [];
  let shown = 0;
  let searching: Promise<unknown> = Promise.resolve();

  async function more(mine = generation): Promise<void> {
    // All fragments are requested at once and each result shown as soon as it and those above it
    // have arrived: the first result does not wait for the twentieth (50–100 ms at N = 500).
    const batch = results.slice(shown, shown + PAGE).map((r) => r.data());
    for (const pending of batch) {
      const data = await pending;
      if (mine !== generation) return;
      list.append(resultItem(data, highlightFragment(q, data.excerpt)));
      shown += 1;
    }
    moreButton.hidden = shown >= results.length;
  }

  return {
    async show(state) {
      const mine = ++generation;
      // Pagefind's worker runs searches one after another, and a short common prefix ("sup") can take
      // 300 ms at N = 500: searches typed meanwhile would queue behind it. So one search at a time,
      // and one that waited runs only if it is still the latest.
      await searching;
      if (mine !== generation) return undefined;
      const pending = pagefind.search(state.q || null, { filters: toPagefindFilters(state.filters), sort: toPagefindSort(state.sort) });
      searching = pending.catch(() => undefined);
      const response = await pending;
      if (!response || mine !== generation) return undefined;
      ({ q } = state);
      results = response.results;
      shown = 0;
      list.replaceChildren();
      await more(mine);
      return mine === generation ? results.length : undefined;
    },
    more: () => more(),
    clear() {
      generation += 1;
      results = [];
      list.replaceChildren();
      moreButton.hidden = true;
    },
  };
}
