/**
 * The search page's behaviour, on Pagefind's browser API
 * (https://pagefind.app/docs/api/). Pagefind's bundled UIs neither keep the
 * query and filters in the URL nor offer a date order, so this small script
 * runs the form, filters and results itself, in the site's own markup.
 * The URL is the state; results come from src/search/browser/search-results.ts,
 * filter counts (only for open filters) from src/search/browser/filter-counts.ts.
 */
import { searchSummary } from '../search-summary.ts';
import { exactCounts } from '../exact-words.ts';
import { formatSearchState, parseSearchState, type SearchState } from '../search-state.ts';
import { filterCounts } from './filter-counts.ts';
import { loadPagefind, type Pagefind } from './pagefind-client.ts';
import { checkFilters, filterLabel, foldFilters, readFilters, showChosen } from './search-dom.ts';
import { searchResults } from './search-results.ts';
import { exactSearch } from './exact-search.ts';
import { downloadResults } from './export-csv.ts';
import { showSuggestions } from './suggest.ts';

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
  const exactBox = $<HTMLInputElement>('#search-exact');
  const exportButton = $<HTMLButtonElement>('[data-export]');
  const suggestBox = $<HTMLElement>('[data-suggest]');
  const base = root.dataset.base ?? '/';
  root.querySelectorAll<HTMLElement>('[data-enhanced]').forEach((el) => (el.hidden = false));
  foldFilters($<HTMLDetailsElement>('[data-filters-fold]'));

  let state: SearchState = parseSearchState(location.search);
  input.value = state.q;
  sort.value = state.sort;
  exactBox.checked = state.exact === true;
  checkFilters(filtersBox, state.filters);

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(root.dataset.base ?? '/');
  } catch {
    summary.textContent = import.meta.env.DEV
      ? 'Search could not load: the development server serves the index of the last build, and there is none. Run `npm run build` once, then reload.'
      : 'Search could not load. Browse letters, authorities, themes and years instead.';
    return;
  }
  const results = searchResults(pagefind, $<HTMLOListElement>('[data-results]'), more);
  const counts = filterCounts(filtersBox, pagefind);
  const exact = exactSearch(pagefind);
  const isExact = (s: SearchState) => s.exact === true && s.q !== '';

  /** Search for `state`; `typing`: run by a key, so more keys may follow. */
  async function run(typing = false): Promise<void> {
    const mine = state;
    history.replaceState(null, '', `${location.pathname}${formatSearchState(mine)}`);
    if (!mine.q && Object.keys(mine.filters).length === 0) {
      results.clear();
      summary.textContent = PROMPT;
      exportButton.hidden = true;
      suggestBox.hidden = true;
    } else {
      const found = await results.show(mine, isExact(mine) ? () => exact.results(mine) : undefined);
      if (found === undefined) return; // a newer search superseded this one: the summary and counts are the newer one's
      summary.textContent = searchSummary(mine, found, (key, value) =>
        filterLabel(filtersBox, key, value),
      );
      exportButton.hidden = found === 0;
      showSuggestions(suggestBox, filtersBox, mine, found, base, apply);
    }
    // Counts after the results (and once typing pauses), so counting never delays them.
    if (isExact(mine)) {
      const all = await exact.all(mine);
      if (state === mine) counts.showGiven(mine, (key) => exactCounts(all, mine.filters, key));
    } else counts.update(mine, typing);
  }

  /** A change made by a suggestion: the form follows it. */
  function apply(change: Partial<SearchState>): void {
    const filters = Object.fromEntries(
      Object.entries(change.filters ?? state.filters).filter(([, v]) => v && v.length > 0),
    );
    state = { ...state, ...change, filters };
    if (!state.exact) delete state.exact;
    exactBox.checked = state.exact === true;
    checkFilters(filtersBox, state.filters);
    void run();
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
  exactBox.addEventListener('change', () => apply({ exact: exactBox.checked }));
  exportButton.addEventListener('click', async () => {
    const mine = state;
    exportButton.disabled = true;
    try {
      const rows = await downloadResults(pagefind, exact, mine, base);
      summary.textContent = `${searchSummary(mine, rows, (key, value) => filterLabel(filtersBox, key, value))} Downloaded ${rows} as CSV.`;
    } catch {
      summary.textContent = 'Could not build the CSV file: download /data/findings.csv instead.';
    } finally {
      exportButton.disabled = false;
    }
  });
  // Someone may have typed while Pagefind loaded: what the box says wins over the URL.
  if (input.value.trim() !== state.q) state = { ...state, q: input.value.trim() };
  await run();
}
