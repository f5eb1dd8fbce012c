/**
 * The "nothing found" help under the summary: buttons that remove each chosen
 * filter value or turn exact words off, links to themes whose names share a
 * word with the query, and the browse pages (src/search/zero-results.ts).
 */
import type { SearchState } from '../search-state.ts';
import { zeroResultSuggestions } from '../zero-results.ts';
import { filterLabel } from './search-dom.ts';

/** Fill `box` with suggestions for `state` (or empty and hide it when `found` > 0). */
export function showSuggestions(
  box: HTMLElement,
  filters: HTMLElement,
  state: SearchState,
  found: number,
  base: string,
  act: (change: Partial<SearchState>) => void,
): void {
  box.replaceChildren();
  box.hidden = found > 0 || (!state.q && Object.keys(state.filters).length === 0);
  if (box.hidden) return;
  const themes = [...filters.querySelectorAll<HTMLInputElement>('input[name="theme"]')].map(
    (i) => ({ id: i.value, label: filterLabel(filters, 'theme', i.value) }),
  );
  const list = document.createElement('ul');
  for (const s of zeroResultSuggestions(state, themes)) {
    const li = document.createElement('li');
    if (s.kind === 'theme')
      li.append(
        'Findings on the theme ',
        Object.assign(document.createElement('a'), {
          href: `${base}themes/${s.id}/`,
          textContent: s.label,
        }),
      );
    else {
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'button',
      });
      if (s.kind === 'all-word-forms') {
        button.textContent = 'Search all word forms';
        button.addEventListener('click', () => act({ exact: false }));
      } else {
        button.textContent = `Remove “${filterLabel(filters, s.key, s.value)}”`;
        button.addEventListener('click', () =>
          act({
            filters: {
              ...state.filters,
              [s.key]: state.filters[s.key]!.filter((v) => v !== s.value),
            },
          }),
        );
      }
      li.append(button);
    }
    list.append(li);
  }
  const browse = Object.assign(document.createElement('li'), { textContent: 'Or browse ' });
  browse.append(
    Object.assign(document.createElement('a'), {
      href: `${base}themes/`,
      textContent: 'all themes',
    }),
    ' or ',
    Object.assign(document.createElement('a'), {
      href: `${base}authorities/`,
      textContent: 'authorities',
    }),
    '.',
  );
  list.append(browse);
  box.append(
    Object.assign(document.createElement('p'), { textContent: 'No findings match. You could:' }),
    list,
  );
}
