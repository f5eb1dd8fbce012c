/**
 * The search page's DOM pieces: result items, filter fieldsets, counts. No
 * state of their own — src/scripts/search-page.ts owns the search.
 */
import { FILTER_KEYS, type FilterKey, type SearchState } from '../lib/search-state.ts';
import { renderExcerpt } from './render-excerpt.ts';

/** What Pagefind returns for one result. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

/** Filter names as the page shows them. */
export const FILTER_NAMES: Record<FilterKey, string> = { judgement: 'Judgement', theme: 'Theme', authority: 'Authority', region: 'Region', year: 'Year', kind: 'Document' };

/** One result: title link (with the highlight fragment), facts, excerpt with marks. */
export function resultItem(data: ResultData, fragment: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = `${data.url}${fragment}`;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  meta.textContent = [data.meta.judgement, data.meta.authority, data.meta.date, data.meta.kind].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(renderExcerpt(data.excerpt));
  li.append(heading, meta, excerpt);
  return li;
}

/** One fieldset of checkboxes per filter, each with an empty count to fill in later. */
export function renderFilters(box: HTMLElement, available: Record<string, Record<string, number>>, selected: SearchState['filters'], label: (key: FilterKey, value: string) => string): void {
  for (const key of FILTER_KEYS) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => (key === 'year' ? b.localeCompare(a) : label(key, a).localeCompare(label(key, b))));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = document.createElement('legend');
    legend.textContent = FILTER_NAMES[key];
    fieldset.append(legend);
    values.forEach((value, i) => {
    const id = `filter-${key}-${i}`;
    const check = Object.assign(document.createElement('input'), { type: 'checkbox', id, name: key, value, checked: selected[key]?.includes(value) ?? false });
    const lab = document.createElement('label');
    lab.htmlFor = id;
    lab.append(`${label(key, value)} `);
    const count = document.createElement('span');
    count.className = 'count';
    count.dataset.filter = key;
    count.dataset.value = value;
    lab.append(count);
    const row = document.createElement('div');
    row.className = 'search-filter__option';
    row.append(check, lab);
    fieldset.append(row);
    });
    box.append(fieldset);
  }
}

/** Write counts beside every filter value (0 where a value has none). */
export function updateCounts(box: HTMLElement, counts: Record<string, Record<string, number>>): void {
  box.querySelectorAll<HTMLElement>('.count').forEach((el) => {
    const n = counts[el.dataset.filter!]?.[el.dataset.value!] ?? 0;
    el.textContent = `(${n})`;
    el.setAttribute('aria-label', `${n} ${n === 1 ? 'result' : 'results'}`);
  });
}

/** The checked filter values, sorted within each filter. */
export function readFilters(box: HTMLElement): SearchState['filters'] {
  const filters: SearchState['filters'] = {};
  box.querySelectorAll<HTMLInputElement>('input:checked').forEach((check) => {
    (filters[check.name as FilterKey] ??= []).push(check.value);
  });
  for (const key of Object.keys(filters) as FilterKey[]) filters[key]!.sort();
  return filters;
}
