/**
 * What to suggest when a search finds nothing: remove a filter (each chosen
 * value), turn exact words off, and themes whose names share a word with the
 * query. Pure; the page renders them as buttons and links.
 */
import { queryTerms, type FilterKey, type SearchState } from './search-state.ts';

export type Suggestion =
  | { kind: 'remove-filter'; key: FilterKey; value: string }
  | { kind: 'all-word-forms' }
  | { kind: 'theme'; id: string; label: string };

/** Word stems long enough to compare ("chronologies" → "chrono"). */
const stems = (text: string) =>
  (text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).map((w) => w.slice(0, 6));

/** Suggestions for a search with no results; `themes` are the theme filter's values and labels. */
export function zeroResultSuggestions(
  state: SearchState,
  themes: readonly { id: string; label: string }[],
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const [key, values] of Object.entries(state.filters) as [FilterKey, string[]][])
    for (const value of values) out.push({ kind: 'remove-filter', key, value });
  if (state.exact && state.q) out.push({ kind: 'all-word-forms' });
  const wanted = new Set(queryTerms(state.q).flatMap(stems));
  for (const theme of themes)
    if (stems(theme.label).some((s) => wanted.has(s)))
      out.push({ kind: 'theme', id: theme.id, label: theme.label });
  return out;
}
