/**
 * Counts beside the filter values, for the filters a reader has open. The
 * filter list and the whole index's totals are in the HTML; a search's counts
 * need Pagefind to load a filter's index (16–32 KB each at 500 letters) and
 * count it on every search, so they are fetched only for open filters, from a
 * second Pagefind instance with its own worker (an instance that has loaded a
 * filter counts it on every search: results come from one that has not).
 */
import { countKey, countSearch } from '../lib/search-counts.ts';
import type { FilterKey, SearchState } from '../lib/search-state.ts';
import type { Pagefind, PagefindInstance } from './pagefind-client.ts';

/** Keeps the open filters' counts in step with the search. */
export interface FilterCounts {
  /** The search changed: refresh open filters' counts, blank the closed ones'. */
  update: (state: SearchState) => void;
}

/** Counts for the `<details data-filter>` groups in `box`. */
export function filterCounts(box: HTMLElement, pagefind: Pagefind): FilterCounts {
  const groups = [...box.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
  // The counts each group shows are for this count key; the HTML's totals are for the empty search ('').
  const shownFor = new Map<HTMLDetailsElement, string>(groups.map((g) => [g, '']));
  const pendingFor = new Map<HTMLDetailsElement, string>();
  const totals = new Map([...box.querySelectorAll<HTMLElement>('.count')].map((el) => [el, el.textContent ?? '']));
  let state: SearchState | undefined;
  let counter: Promise<PagefindInstance> | undefined;
  // One count search at a time (a worker runs them one after another anyway); one that waited runs only if still wanted.
  let queue: Promise<unknown> = Promise.resolve();

  const keyOf = (group: HTMLDetailsElement) => group.dataset.filter as FilterKey;
  const counts = (group: HTMLDetailsElement) => [...group.querySelectorAll<HTMLElement>('.count')];
  const values = (group: HTMLDetailsElement) => [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => box.value);

  function show(group: HTMLDetailsElement, wanted: string, byValue?: Record<string, number>): void {
    for (const el of counts(group)) {
      const value = el.closest('label')!.querySelector('input')!.value;
      el.textContent = byValue ? `(${byValue[value] ?? 0})` : totals.get(el)!;
    }
    shownFor.set(group, wanted);
  }

  function blank(group: HTMLDetailsElement): void {
    counts(group).forEach((el) => (el.textContent = ''));
    shownFor.delete(group);
  }

  function refresh(group: HTMLDetailsElement): void {
    if (!state) return;
    const key = keyOf(group);
    const wanted = countKey(state, key);
    if (shownFor.get(group) === wanted || pendingFor.get(group) === wanted) return;
    const search = countSearch(state, key, values(group));
    if (!search) return show(group, wanted); // the whole index's totals, from the HTML
    // A closed filter's numbers are stale: blank, so opening it never shows them. An open filter keeps
    // its numbers until the new ones replace them (tens of ms), rather than flickering at every key.
    if (!group.open) return blank(group);
    pendingFor.set(group, wanted);
    queue = queue
      .then(async () => {
        if (!state || countKey(state, key) !== wanted || !group.open) return;
        counter ??= (async () => {
          const instance = pagefind.createInstance();
          await instance.init();
          return instance;
        })();
        const response = await (await counter).search(search.term, { filters: search.filters });
        if (response && countKey(state, key) === wanted) show(group, wanted, response.filters[key] ?? {});
      })
      .catch(() => state && countKey(state, key) === wanted && blank(group)) // no counts, rather than wrong ones: the filters still work
      .finally(() => pendingFor.get(group) === wanted && pendingFor.delete(group));
  }

  box.addEventListener('toggle', (event) => {
    if (event.target instanceof HTMLDetailsElement && event.target.open) refresh(event.target);
  }, true); // toggle does not bubble
  return {
    update(next) {
      state = next;
      groups.forEach(refresh);
    },
  };
}
