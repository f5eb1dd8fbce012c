/**
 * Turn label lines (several labellers may label the same finding) into one
 * labeller's gold: finding id → theme ids. Pure. The scored labeller is the one
 * who labelled most findings unless named; other labellers' lines are for
 * measuring agreement (agreement.ts).
 */
import type { GoldLabel } from './gold-schema.ts';

/** Labellers by number of findings labelled, most first (ties by name). */
export function labellersByCount(labels: readonly GoldLabel[]): string[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l.labeller, (counts.get(l.labeller) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([name]) => name);
}

/**
 * One labeller's labels by finding id. Throws on a finding the labeller labelled
 * twice, a label for an id not in the findings, or an unknown theme id.
 */
export function goldFromLabels(
  labels: readonly GoldLabel[],
  labeller: string,
  ids: ReadonlySet<string>,
  themes: ReadonlySet<string>,
): Map<string, string[]> {
  const gold = new Map<string, string[]>();
  for (const l of labels) {
    if (l.labeller !== labeller) continue;
    if (!ids.has(l.id))
      throw new Error(
        `labels.jsonl: labeller "${labeller}" labelled "${l.id}", which is not in findings.jsonl`,
      );
    if (gold.has(l.id))
      throw new Error(
        `labels.jsonl: labeller "${labeller}" labelled "${l.id}" twice; keep one line`,
      );
    const unknown = l.themes.filter((t) => !themes.has(t));
    if (unknown.length > 0)
      throw new Error(
        `labels.jsonl: "${l.id}" (labeller "${labeller}") has unknown theme ${unknown.map((t) => `"${t}"`).join(', ')}; allowed: ${[...themes].join(', ')}`,
      );
    gold.set(l.id, [...new Set(l.themes)]);
  }
  return gold;
}
