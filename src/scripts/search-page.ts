/**
 * The search page's behaviour, on Pagefind's browser API
 * (https://pagefind.app/docs/api/). Pagefind's bundled UIs neither keep the
 * query and filters in the URL nor offer a date order, so this small script
 * renders the form, filters and results itself, in the site's own markup.
 */
import { formatSearchState, highlightFragment, parseSearchState, toPagefindFilters, toPagefindSort, type FilterKey, type SearchState } from '../lib/search-state.ts';
import { FILTER_NAMES, readFilters, renderFilters, resultItem, updateCounts, type ResultData } from './search-dom.ts';

interface PagefindResult {
  data: () => Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string) => Promise<void>;
  search: (term: string | null, o: Record<string, unknown>) => Promise<PagefindResponse | null>;
  createInstance: () => Omit<Pagefind, 'createInstance'>;
}
type Instance = Omit<Pagefind, 'createInstance'>;

const PAGE = 20;
/** Short: the search itself takes 30–90 ms, and results should show within 150 ms of the last key. */
const DEBOUNCE_MS = 40;
/**
 * While the last word has fewer letters than this, typing waits longer before searching: one or
 * two letters match a large part of the index (the biggest chunk downloads) and their results are
 * gone at the next key. Someone who stops at "IT" still gets results, 300 ms later (Enter: at once).
 */
const SHORT_WORD = 3;
const SHORT_WORD_DEBOUNCE_MS = 300;

/** Wire up the search page (call once). */
export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]')!;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const input = $<HTMLInputElement>('#search-q');
  const sort = $<HTMLSelectElement>('#search-sort');
  const filtersBox = $<HTMLElement>('[data-filters]');
  const summary = $<HTMLElement>('[data-summary]');
  const list = $<HTMLOListElement>('[data-results]');
  const more = $<HTMLButtonElement>('[data-more]');
  const labels: Partial<Record<FilterKey, Record<string, string>>> = JSON.parse($('[data-labels]').textContent ?? '{}');
  root.querySelectorAll<HTMLElement>('[data-enhanced]').forEach((el) => (el.hidden = false));

  let state: SearchState = parseSearchState(location.search);
  input.value = state.q;
  sort.value = state.sort;

  let pagefind: Pagefind;
  try {
    pagefind = await import(/* @vite-ignore */ `${root.dataset.base}pagefind/pagefind.js`);
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  } catch {
    summary.textContent = 'Search could not load. Browse letters, authorities, themes and years instead.';
    return;
  }
  // Counts come from a second Pagefind instance (its own worker). Once a filter's index is loaded,
  // Pagefind counts that filter's values on every search: with all six loaded, a search for a common
  // word took 90–240 ms instead of 5–15 ms at N = 500, and the first search waited for 118 KB of
  // filter indexes. So results come from an instance that loads only the filters in use, and the
  // filter list and its counts from one that loads them all, in parallel, shown after the results.
  let totals: Record<string, Record<string, number>> = {};
  const counts: Promise<Instance | undefined> = (async () => {
    const instance = pagefind.createInstance();
    await instance.init();
    totals = await instance.filters();
    renderFilters(filtersBox, totals, state.filters, label);
    return instance;
  })().catch(() => undefined);

  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  let searching: Promise<unknown> = Promise.resolve();
  let counting: Promise<unknown> = Promise.resolve();
  async function run(): Promise<void> {
    const mine = ++generation;
    history.replaceState(null, '', `${location.pathname}${formatSearchState(state)}`);
    const active = Object.keys(state.filters).length > 0;
    if (!state.q && !active) {
      list.replaceChildren();
      more.hidden = true;
      summary.textContent = 'Type a word, or choose a filter.';
      void counts.then(() => mine === generation && updateCounts(filtersBox, totals));
      return;
    }
    // Pagefind's worker runs searches one after another, and a short common prefix ("sup") can take
    // 300 ms at N = 500: searches typed meanwhile would queue behind it. So one search at a time,
    // and one that waited runs only if it is still the latest.
    await searching;
    if (mine !== generation) return;
    const pending = pagefind.search(state.q || null, { filters: toPagefindFilters(state.filters), sort: toPagefindSort(state.sort) });
    searching = pending.catch(() => undefined);
    const response = await pending;
    if (!response || mine !== generation) return; // a newer search superseded this one
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await showMore(mine);
    if (mine !== generation) return; // superseded while its results loaded: the summary is the newer search's
    // Then the counts (the summary waits for them, so what it announces is complete), one count search at a time too.
    const counter = await counts;
    await counting;
    if (mine !== generation) return;
    if (counter) {
      const pendingCounts = counter.search(state.q || null, { filters: toPagefindFilters(state.filters) }).then((full) => facetCounts(counter, full?.filters ?? {}));
      counting = pendingCounts.catch(() => undefined);
      const facets = await pendingCounts;
      if (mine !== generation) return;
      updateCounts(filtersBox, facets);
    }
    const what = state.q ? ` for “${state.q}”` : '';
    const filterText = active ? `, filtered by ${Object.entries(state.filters).map(([k, v]) => `${FILTER_NAMES[k as FilterKey].toLowerCase()}: ${v!.map((x) => label(k as FilterKey, x)).join(' or ')}`).join('; ')}` : '';
    summary.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'}${what}${filterText}.`;
  }

  async function showMore(mine = generation): Promise<void> {
    // All fragments are requested at once and each result shown as soon as it and those above it
    // have arrived: the first result no longer waits for the twentieth (50–100 ms at N = 500).
    const batch = results.slice(shown, shown + PAGE).map((r) => r.data());
    for (const pending of batch) {
      const data = await pending;
      if (mine !== generation) return;
      list.append(resultItem(data, highlightFragment(state.q, data.excerpt)));
      shown += 1;
    }
    more.hidden = shown >= results.length;
  }

  function label(key: FilterKey, value: string): string {
    return labels[key]?.[value] ?? value;
  }

  /**
   * Values of one filter are alternatives, so each active filter's counts must
   * ignore its own selection (Pagefind's counts assume every value is ANDed):
   * one extra search per active filter, run in parallel.
   */
  async function facetCounts(counter: Instance, counts: Record<string, Record<string, number>>): Promise<Record<string, Record<string, number>>> {
    const active = Object.keys(state.filters) as FilterKey[];
    const others = await Promise.all(
      active.map(async (key) => {
        const { [key]: _, ...rest } = state.filters;
        const response = await counter.search(state.q || null, { filters: toPagefindFilters(rest) });
        return [key, response?.filters[key] ?? {}] as const;
      }),
    );
    return { ...counts, ...Object.fromEntries(others) };
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (q === state.q) return; // a space or a key that changed nothing: the results stand
    state = { ...state, q };
    const lastWord = /([\p{L}\p{N}]*)[^\p{L}\p{N}]*$/u.exec(q)?.[1] ?? '';
    const short = q !== '' && lastWord.length < SHORT_WORD;
    if (q && !short) void pagefind.preload(q);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), short ? SHORT_WORD_DEBOUNCE_MS : DEBOUNCE_MS);
  });
  input.form!.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value.trim() };
    void run();
  });
  sort.addEventListener('change', () => {
    state = { ...state, sort: parseSearchState(`?sort=${sort.value}`).sort };
    void run();
  });
  filtersBox.addEventListener('change', () => {
    state = { ...state, filters: readFilters(filtersBox) };
    void run();
  });
  $('[data-clear]').addEventListener('click', () => {
    filtersBox.querySelectorAll<HTMLInputElement>('input:checked').forEach((box) => (box.checked = false));
    state = { ...state, filters: {} };
    void run();
  });
  more.addEventListener('click', () => void showMore());
  // Someone may have typed while Pagefind loaded: what the box says wins over the URL.
  if (input.value.trim() !== state.q) state = { ...state, q: input.value.trim() };
  await run();
}
