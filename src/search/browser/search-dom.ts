/**
 * The search page's DOM pieces: result items and the filter checkboxes
 * (rendered at build time by src/pages/search.astro). No state of their own.
 */
import type { FilterKey, SearchState } from '../search-state.ts';
import type { ResultData } from './pagefind-client.ts';
import { markWords } from '../mark-words.ts';
import { renderExcerpt } from './render-excerpt.ts';

/**
 * One result, read like a finding on the site: its judgement as label, icon and colour (the badge is
 * cloned from the page's <template data-badges>), the title linking to the finding (with the
 * highlight fragment), the finding's whole text with the matched words marked, then where and when.
 */
export function resultItem(
  data: ResultData,
  fragment: string,
  words: readonly string[],
): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const judgement = data.filters.judgement?.[0];
  if (judgement) li.dataset.judgement = judgement;
  const badge = document
    .querySelector<HTMLTemplateElement>('template[data-badges]')
    ?.content.querySelector(`[data-judgement="${judgement}"]`);
  const label = document.createElement('p');
  label.className = 'search-result__judgement';
  label.append(badge ? badge.cloneNode(true) : (data.meta.judgement ?? ''));
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = `${data.url}${fragment}`;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const text = document.createElement('p');
  text.className = 'search-result__text';
  if (data.meta.text) {
    for (const run of markWords(data.meta.text, words))
      text.append(
        run.marked
          ? Object.assign(document.createElement('mark'), { textContent: run.text })
          : run.text,
      );
  } else text.append(renderExcerpt(data.excerpt));
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  meta.textContent = [data.meta.authority, data.meta.date, data.meta.kind]
    .filter(Boolean)
    .join(' · ');
  li.append(label, heading, text, meta);
  return li;
}

const checkboxes = (box: HTMLElement) => [
  ...box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

/** The checked filter values, sorted within each filter. */
export function readFilters(box: HTMLElement): SearchState['filters'] {
  const filters: SearchState['filters'] = {};
  for (const check of checkboxes(box))
    if (check.checked) (filters[check.name as FilterKey] ??= []).push(check.value);
  for (const key of Object.keys(filters) as FilterKey[]) filters[key]!.sort();
  return filters;
}

/** Tick the boxes of `filters` (a search restored from its URL) and open the filters they are in, so what is chosen shows. */
export function checkFilters(box: HTMLElement, filters: SearchState['filters']): void {
  for (const check of checkboxes(box)) {
    check.checked = filters[check.name as FilterKey]?.includes(check.value) ?? false;
    if (check.checked) check.closest('details')!.open = true;
  }
  showChosen(box);
}

/** Say in each filter's summary how many of its values are chosen, so a closed filter still shows it is in use. */
export function showChosen(box: HTMLElement): void {
  for (const group of box.querySelectorAll<HTMLDetailsElement>('details[data-filter]')) {
    const chosen = group.querySelectorAll('input:checked').length;
    group.querySelector('[data-chosen]')!.textContent = chosen > 0 ? ` (${chosen} chosen)` : '';
  }
}

/** A filter value as the page shows it ("strength" → "Strength"); the value itself if the page has no such choice. */
export function filterLabel(box: HTMLElement, key: FilterKey, value: string): string {
  const check = checkboxes(box).find((c) => c.name === key && c.value === value);
  return check?.nextSibling?.textContent?.trim() || value; // <label><input>Label <span class="count">…</span></label>
}

/** Results come first: on a wide screen the filters sit beside them, open; on a phone they are folded under them. */
export function foldFilters(fold: HTMLDetailsElement): void {
  const wide = matchMedia('(min-width: 48rem)');
  fold.open = wide.matches;
  wide.addEventListener('change', () => (fold.open = wide.matches));
}
