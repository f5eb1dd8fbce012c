/**
 * The search page's state and its URL: `/search/?q=chronology&judgement=area-for-development`.
 * Pure, so the URL contract (what people bookmark and cite) is unit-tested.
 */

/** Filters the search page offers, in display order; also the URL parameter names. */
export const FILTER_KEYS = ['judgement', 'theme', 'authority', 'region', 'year', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Filter names as the page shows them. */
export const FILTER_NAMES: Record<FilterKey, string> = {
  judgement: 'Judgement',
  theme: 'Theme',
  authority: 'Authority',
  region: 'Region',
  year: 'Year',
  kind: 'Document',
};

/** Result orderings; `relevance` is the default and is left out of the URL. */
export const SORTS = ['relevance', 'date-desc', 'date-asc'] as const;
export type Sort = (typeof SORTS)[number];

/** Everything a search URL says. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: Sort;
  /** Exact words (`exact=1`): "police" finds police, never policies. Stemming is the default. */
  exact?: boolean;
}

/** Read a query string (`?q=…&judgement=…`) into a state; unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((v) => v !== ''))].sort();
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort');
  const exact = params.get('exact') === '1';
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevance',
    ...(exact ? { exact } : {}),
  };
}

/** A state as a query string, in a stable order so equal searches have equal URLs. */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS)
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.exact) params.set('exact', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object: values of one filter are alternatives (any), different filters all apply. */
export function toPagefindFilters(
  filters: SearchState['filters'],
): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v && v.length > 0)
      .map(([k, v]) => [k, { any: v! }]),
  );
}

/** Pagefind's sort option for an ordering (pages declare `data-pagefind-sort="date:YYYY-MM-DD"`). */
export function toPagefindSort(sort: Sort): Record<string, 'asc' | 'desc'> | undefined {
  return sort === 'relevance' ? undefined : { date: sort === 'date-asc' ? 'asc' : 'desc' };
}

/** Words and "quoted phrases" of a query, for highlighting on the page a result opens. */
export function queryTerms(q: string): string[] {
  const terms: string[] = [];
  for (const match of q.matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (match[1] ?? match[2]).trim();
    if (term.length > 1) terms.push(term);
  }
  return terms;
}

/**
 * A text fragment (`#:~:text=…`) that makes the browser highlight the search
 * terms on the page a result opens — no script on reading pages needed.
 * https://wicg.github.io/scroll-to-text-fragment/ ; `-`, `&` and `,` must be encoded.
 */
export function highlightFragment(q: string, excerpt = ''): string {
  const encode = (text: string) =>
    encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  // Pagefind matches word forms ("chronology" finds "chronologies"); a text fragment needs the exact words, which the excerpt's <mark>s give.
  const marked = markedWords(excerpt);
  const terms = (marked.length > 0 ? marked : queryTerms(q)).slice(0, 5);
  return terms.length > 0 ? `#:~:${terms.map((t) => `text=${encode(t)}`).join('&')}` : '';
}

/** Distinct words Pagefind marked in an excerpt, in order: `<mark>chronologies</mark>` → ["chronologies"]. */
export function markedWords(excerpt: string): string[] {
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const words = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)]
    .map((m) => decode(m[1]).trim())
    .filter((w) => w.length > 0);
  return [...new Map(words.map((w) => [w.toLowerCase(), w])).values()];
}
