/**
 * "Download these results": every result of the current words and filters
 * (not only those shown) as CSV with the columns of /data/findings.csv, whose
 * records are copied for the results' ids (src/search/csv-records.ts).
 */
import { csvForIds } from '../csv-records.ts';
import { toPagefindFilters, toPagefindSort, type SearchState } from '../search-state.ts';
import type { Pagefind, ResultData } from './pagefind-client.ts';
import type { ExactSearch } from './exact-search.ts';

/** Every result of a state, loaded. */
async function allResults(
  pagefind: Pagefind,
  exact: ExactSearch,
  state: SearchState,
): Promise<ResultData[]> {
  if (state.exact && state.q) return exact.results(state);
  const response = await pagefind.search(state.q || null, {
    filters: toPagefindFilters(state.filters),
    sort: toPagefindSort(state.sort),
  });
  return Promise.all((response?.results ?? []).map((r) => r.data()));
}

/** Build the CSV of a state's results and hand it to the browser as a download; resolves to how many rows. */
export async function downloadResults(
  pagefind: Pagefind,
  exact: ExactSearch,
  state: SearchState,
  base: string,
): Promise<number> {
  const ids = (await allResults(pagefind, exact, state))
    .map((data) => data.meta.id)
    .filter((id): id is string => Boolean(id));
  const response = await fetch(`${base}data/findings.csv`);
  if (!response.ok) throw new Error(`findings.csv: HTTP ${response.status}`);
  const csv = csvForIds(await response.text(), ids);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = 'front-door-findings-search.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return ids.length;
}
