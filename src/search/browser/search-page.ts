/**
 * The search page's behaviour, on Pagefind's browser API
 * (https://pagefind.app/docs/api/). Pagefind's bundled UIs neither keep the
 * query and filters in the URL nor offer a date order, so this small script
 * runs the form, filters and results itself, in the site's own markup.
 * The URL is the state; results come from src/search/browser/search-results.ts,
 * filter counts (only for open filters) from src/search/browser/filter-counts.ts.
 */
import { searchSummary } from '../search-summary.ts';
import { formatSearchState, parseSearchState, type SearchState } from '../search-state.ts';
import { filterCounts } from './filter-counts.ts';
import { loadPagefind, type Pagefind } from './pagefind-client.ts';
import { checkFilters, filterLabel, readFilters, showChosen } from './search-dom.ts';
import { searchResults } from './search-results.ts';

/** Short: the search itself takes 5–90 ms, and results should show within 150 ms of the last key. */
const DEBOUNCE_MS = 40;
/**
 * While the last word has fewer letters than this, typing waits longer before searching: one or
 * two letters match a large part of the index (the biggest chunk downloads) and their results are
 * gone at the next key. Someone who stops at "IT" still gets results, 300 ms later (Enter: at once).
 */
const SHORT_WORD = 3;
const SHORT_WORD_DEBOUNCE_MS = 300;
const PROMPT = 'Type a word, or choose a filter.';

/** Wire up the search page (call once). */
export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]')!;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const input = $<HTMLInputElement>('#search-q');
  const sort = $<HTMLSelectElement>('#search-sort');
  const filtersBox = $<HTMLElement>('[data-filters]');
  const summary = $<HTMLElement>('[data-summary]');
  const more = $<HTMLButtonElement>('[data-more]');
  root.querySelectorAll<HTMLElement>('[data-enhanced]').forEach((el) => (el.hidden = false));

  let state: SearchState = parseSearchState(location.search);
  input.value = state.q;
  sort.value = state.sort;
  checkFilters(filtersBox, state.filters);

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(root.dataset.base ?? '/');
  } catch {
    summary.textContent = 'Search could not load. Browse letters, authorities, themes and years instead.';
    return;
  }
  const results = searchResults(pagefind, $<HTMLOListElement>('[data-results]'), more);
  const counts = filterCounts(filtersBox, pagefind);

  /** Search for `state`; `typing`: run by a key, so more keys may follow. */
  async function run(typing = false): Promise<void> {
    const mine = state;
    history.replaceState(null, '', `${location.pathname}${formatSearchState(mine)}`);
    if (!mine.q && Object.keys(mine.filters).length === 0) {
      results.clear();
      summary.textContent = PROMPT;
    } else {
      const found = await results.show(mine);
      if (found === undefined) return; // a newer search superseded this one: the summary and counts are the newer one's
      summary.textContent = searchSummary(mine, found, (key, value) => filterLabel(filtersBox, key, value));
    }
    // Counts after the results (and once typing pauses), so counting never delays them.
    counts.update(mine, typing);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    results.defer();
    counts.defer();
    const q = input.value.trim();
    if (q === state.q) return; // a space or a key that changed nothing: the results stand
    state = { ...state, q };
    const lastWord = /([\p{L}\p{N}]*)[^\p{L}\p{N}]*$/u.exec(q)?.[1] ?? '';
    const short = q !== '' && lastWord.length < SHORT_WORD;
    if (q && !short) void pagefind.preload(q);
    clearTimeout(timer);
    timer = setTimeout(() => void run(true), short ? SHORT_WORD_DEBOUNCE_MS : DEBOUNCE_MS);
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
    showChosen(filtersBox);
    void run();
  });
  $('[data-clear]').addEventListener('click', () => {
    checkFilters(filtersBox, {});
    state = { ...state, filters: {} };
    void run();
  });
  more.addEventListener('click', () => void results.more());
  // Someone may have typed while Pagefind loaded: what the box says wins over the URL.
  if (input.value.trim() !== state.q) state = { ...state, q: input.value.trim() };
  await run();
}
