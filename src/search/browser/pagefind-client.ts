/**
 * The part of Pagefind's browser API (https://pagefind.app/docs/api/) the
 * search page uses, typed, and loading it from the site's own base path.
 */

/** What Pagefind returns for one result once its fragment is loaded. */
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (a finding page: its title and the finding's words). */
  content: string;
  meta: Record<string, string>;
  /** The page's filter values (src/search/search-record.ts). */
  filters: Partial<Record<string, string[]>>;
}
export interface PagefindResult {
  data: () => Promise<ResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts per value of every filter whose index this instance has loaded. */
  filters: Record<string, Record<string, number>>;
}
/** One Pagefind instance: its own worker, its own loaded chunks and filter indexes. */
export interface PagefindInstance {
  init: () => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  search: (
    term: string | null,
    options: Record<string, unknown>,
  ) => Promise<PagefindResponse | null>;
}
export interface Pagefind extends PagefindInstance {
  options: (options: Record<string, unknown>) => Promise<void>;
  createInstance: () => PagefindInstance;
}

/** Pagefind's module (pagefind.js) from `base`, with its default instance initialised. */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const pagefind: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}
