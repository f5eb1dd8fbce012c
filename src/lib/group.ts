/** Grouping and counting helpers used by data.ts and pages. Pure. */
import type { Judgement } from '../schemas/document.ts';
import { JUDGEMENT_ORDER } from './judgements.ts';

/** Groups items by a key, keeping first-seen key order and item order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Counts per judgement, every judgement present (zero when none). */
export function countByJudgement(
  findings: readonly { judgement: Judgement }[],
): Record<Judgement, number> {
  const counts = Object.fromEntries(JUDGEMENT_ORDER.map((j) => [j, 0])) as Record<
    Judgement,
    number
  >;
  for (const f of findings) counts[f.judgement] += 1;
  return counts;
}

/** Groups findings by judgement in display order, leaving out empty judgements. */
export function groupByJudgement<T extends { judgement: Judgement }>(
  findings: readonly T[],
): { judgement: Judgement; items: T[] }[] {
  const groups = groupBy(findings, (f) => f.judgement);
  return JUDGEMENT_ORDER.filter((j) => groups.has(j)).map((judgement) => ({
    judgement,
    items: groups.get(judgement)!,
  }));
}

/** Sorts a copy by a string key with `localeCompare` (en-GB), then by a tie-breaker key. */
export function sortByKeys<T>(items: readonly T[], ...keys: ((item: T) => string)[]): T[] {
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const c = key(a).localeCompare(key(b), 'en-GB');
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** Like groupBy, for items that belong to several groups (a finding with several themes). */
export function groupByMany<T, K>(
  items: readonly T[],
  keys: (item: T) => readonly K[],
): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const list = groups.get(k);
      if (list) list.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}
