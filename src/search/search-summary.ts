/**
 * The sentence the search page announces (a polite live region) once a
 * search's results are on screen: "12 findings for “chronology”, filtered by
 * judgement: Strength or Area for development; year: 2010." Pure, so tested.
 */
import { FILTER_NAMES, type FilterKey, type SearchState } from './search-state.ts';

/** `label` names a filter value as the page shows it ("strength" → "Strength"). */
export function searchSummary(
  state: SearchState,
  results: number,
  label: (key: FilterKey, value: string) => string,
): string {
  const what = state.q ? ` for “${state.q}”${state.exact ? ' (exact words)' : ''}` : '';
  const filters = (Object.entries(state.filters) as [FilterKey, string[]][]).filter(
    ([, values]) => values.length > 0,
  );
  const filtered =
    filters.length > 0
      ? `, filtered by ${filters.map(([key, values]) => `${FILTER_NAMES[key].toLowerCase()}: ${values.map((v) => label(key, v)).join(' or ')}`).join('; ')}`
      : '';
  return `${results} ${results === 1 ? 'finding' : 'findings'}${what}${filtered}.`;
}
