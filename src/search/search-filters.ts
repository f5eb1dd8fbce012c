/**
 * The search page's filter list, rendered at build time: every value of every
 * filter that some indexed page has, labelled and in reading order, with how
 * many pages have it. Pagefind would give the same list and totals, but only
 * by loading every filter's index (118 KB at 500 letters) before a first
 * search; the page asks Pagefind only for the counts of a search.
 */
import type { SourceDocument } from '../schemas/document.ts';
import { kindLabel } from '../lib/documents.ts';
import { JUDGEMENT_ORDER, judgementLabel } from '../lib/judgements.ts';
import { indexedSearchRecords } from './search-record.ts';
import { FILTER_KEYS, FILTER_NAMES, type FilterKey } from './search-state.ts';
import type { ThemeInfo } from '../lib/themes.ts';

/** One value of a filter: its URL value, what the page shows, and how many indexed pages have it. */
export interface FilterOption {
  value: string;
  label: string;
  total: number;
}

/** One filter with its values in display order. */
export interface FilterGroup {
  key: FilterKey;
  name: string;
  options: FilterOption[];
}

const KINDS = ['ofsted-letter', 'council-report'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Position in a fixed order; values it does not know go last (then by label). */
const rank = (order: readonly string[]) => (value: string) => {
  const i = order.indexOf(value);
  return i === -1 ? order.length : i;
};

/**
 * Judgements most serious first (as everywhere on the site), themes in taxonomy order, authorities and
 * regions by name, years ascending, Ofsted letters before council reports. Totals count the same
 * records the pages declare (src/search/search-record.ts), so they equal Pagefind's own counts.
 */
export function searchFilterGroups(
  documents: readonly SourceDocument[],
  themes: readonly ThemeInfo[],
): FilterGroup[] {
  const totals = new Map<FilterKey, Map<string, number>>(
    FILTER_KEYS.map((key) => [key, new Map()]),
  );
  for (const record of indexedSearchRecords(documents)) {
    for (const [key, values] of Object.entries(record.filters)) {
      const counts = totals.get(key as FilterKey);
      if (!counts) throw new Error(`search record declares an unknown filter "${key}"`);
      for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  const themeLabels = new Map(themes.map((t) => [t.id, t.label]));
  const labels: Record<FilterKey, (value: string) => string> = {
    judgement: (v) => (isOneOf(JUDGEMENT_ORDER, v) ? judgementLabel(v) : v),
    theme: (v) => themeLabels.get(v) ?? v,
    authority: (v) => v,
    region: (v) => v,
    year: (v) => v,
    kind: (v) => (isOneOf(KINDS, v) ? kindLabel(v) : v),
  };
  const orders: Partial<Record<FilterKey, (value: string) => number>> = {
    judgement: rank(JUDGEMENT_ORDER),
    theme: rank(themes.map((t) => t.id)),
    year: Number,
    kind: rank(KINDS),
  };
  return FILTER_KEYS.map((key) => {
    const order = orders[key] ?? (() => 0);
    const options = [...totals.get(key)!].map(([value, total]) => ({
      value,
      label: labels[key](value),
      total,
    }));
    options.sort(
      (a, b) => order(a.value) - order(b.value) || a.label.localeCompare(b.label, 'en-GB'),
    );
    return { key, name: FILTER_NAMES[key], options };
  }).filter((group) => group.options.length > 0);
}
