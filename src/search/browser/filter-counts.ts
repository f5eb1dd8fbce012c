/**
 * Counts beside the filter values, for the filters a reader has open. The
 * filter list and the whole index's totals are in the HTML; a search's counts
 * need Pagefind to load a filter's index (16–32 KB each at 500 letters) and
 * to count it on every search, so they come from a second Pagefind instance
 * that loads only the open filters' indexes (the results instance loads only
 * the filters in use, so it counts nothing else). Pagefind runs both
 * instances in its one worker: a count search delays a results search behind
 * it, so counting waits until typing has paused.
 */
import { countKey, countsAreTotals, countSearches } from '../search-counts.ts';
import type { FilterKey, SearchState } from '../search-state.ts';
import type { Pagefind, PagefindInstance } from './pagefind-client.ts';

/** After a search typed key by key, counting waits this long for the next key. */
const COUNT_AFTER_MS = 150;

/** Keeps the open filters' counts in step with the search. */
export interface FilterCounts {
  /** The search changed: count the open filters, at once or (`typing`) once typing pauses. */
  update: (state: SearchState, typing?: boolean) => void;
  /** A key was pressed: put off counting. */
  defer: () => void;
  /** Show counts worked out on the page (exact words), for every filter. */
  showGiven: (state: SearchState, byKey: (key: FilterKey) => Record<string, number>) => void;
}

/** Counts for the `<details data-filter>` groups in `box`. */
export function filterCounts(box: HTMLElement, pagefind: Pagefind): FilterCounts {
  const groups = new Map(
    [...box.querySelectorAll<HTMLDetailsElement>('details[data-filter]')].map((g) => [
      g.dataset.filter as FilterKey,
      g,
    ]),
  );
  // The count key each filter's numbers are for; the HTML's totals are for the empty search ('').
  const shownFor = new Map<FilterKey, string>([...groups.keys()].map((key) => [key, '']));
  const totals = new Map(
    [...box.querySelectorAll<HTMLElement>('.count')].map((el) => [el, el.textContent ?? '']),
  );
  const loaded = new Set<FilterKey>();
  let state: SearchState | undefined;
  let counter: Promise<PagefindInstance> | undefined;
  const counterInstance = () =>
    (counter ??= (async () => {
      const instance = pagefind.createInstance();
      await instance.init();
      return instance;
    })());
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const counts = (key: FilterKey) => [...groups.get(key)!.querySelectorAll<HTMLElement>('.count')];
  const values = (key: FilterKey) =>
    [...groups.get(key)!.querySelectorAll<HTMLInputElement>('input')].map((box) => box.value);
  function show(key: FilterKey, byValue?: Record<string, number>): void {
    for (const el of counts(key))
      el.textContent = byValue
        ? `(${byValue[el.closest('label')!.querySelector('input')!.value] ?? 0})`
        : totals.get(el)!;
  }
  function blank(key: FilterKey): void {
    counts(key).forEach((el) => (el.textContent = ''));
    shownFor.delete(key);
  }

  function countLater(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      count();
    }, COUNT_AFTER_MS);
  }

  /** Count every open filter whose numbers are not for the current search, one search at a time. */
  function count(): void {
    queue = queue
      .then(async () => {
        const mine = state;
        if (!mine) return;
        const open = [...groups]
          .filter(([key, g]) => g.open && shownFor.get(key) !== countKey(mine, key))
          .map(([key]) => key);
        for (const search of countSearches(mine, open, loaded, values)) {
          const response = await (await counterInstance()).search(search.term, {
            filters: search.filters,
          });
          Object.keys(search.filters).forEach((key) => loaded.add(key as FilterKey));
          if (state !== mine) return; // a newer search will count
          for (const key of search.keys) {
            const byValue = response?.filters[key];
            // Pagefind leaves out a filter whose index did not load: no numbers then, rather than zeros.
            if (!byValue) {
              loaded.delete(key);
              blank(key);
              continue;
            }
            show(key, byValue);
            shownFor.set(key, countKey(mine, key));
          }
        }
      })
      .catch(() =>
        [...groups.keys()]
          .filter((key) => state && shownFor.get(key) !== countKey(state, key))
          .forEach(blank),
      ); // no counts rather than wrong ones
  }

  box.addEventListener(
    'toggle',
    (event) => {
      if (event.target instanceof HTMLDetailsElement && event.target.open) count();
    },
    true,
  ); // toggle does not bubble
  return {
    update(next, typing = false) {
      state = next;
      for (const [key, group] of groups) {
        if (countsAreTotals(next, key)) {
          show(key);
          shownFor.set(key, '');
        } else if (!group.open && shownFor.get(key) !== countKey(next, key)) blank(key); // so opening it never shows stale numbers
        // An open filter keeps its numbers until new ones replace them, rather than blanking at every key.
      }
      clearTimeout(timer);
      timer = undefined;
      if (typing) countLater();
      else count();
    },
    defer() {
      if (timer !== undefined) countLater();
    },
    showGiven(next, byKey) {
      state = next;
      clearTimeout(timer);
      timer = undefined;
      for (const key of groups.keys()) {
        show(key, byKey(key));
        shownFor.set(key, 'exact'); // never a Pagefind count key: leaving exact words counts again
      }
    },
  };
}
