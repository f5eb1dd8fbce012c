/**
 * Precision and recall of theme tags against the gold labels. Pure.
 *
 * Each (finding, theme) pair is one decision: a tag the tagger gave is correct when
 * the gold labels give it too. Precision = correct / tags given; recall = correct /
 * gold labels. Figures are micro-averaged (every pair counts once) overall, per
 * judgement and per theme, for the tune part, the held-back part and both together.
 * Only labelled findings are scored; the ones without labels are listed.
 */
import type { Judgement } from '../../../src/schemas/document.ts';
import type { GoldFinding, GoldPart } from './gold-schema.ts';

/** Pair counts for one slice of the gold set. */
export interface Counts {
  /** Labelled findings in the slice. */
  findings: number;
  /** Theme labels the gold gives. */
  gold: number;
  /** Tags the tagger gives. */
  predicted: number;
  /** Tags the tagger gives that the gold gives too. */
  correct: number;
}

/** The figures for one part. */
export interface PartScore {
  overall: Counts;
  byJudgement: Partial<Record<Judgement, Counts>>;
  byTheme: Record<string, Counts>;
}

/** The whole score: per part, and which findings had no labels. */
export interface GoldScore {
  parts: Record<GoldPart | 'all', PartScore>;
  unlabelled: string[];
}

/** correct / predicted; `null` when nothing was predicted (undefined, not perfect). */
export const precision = (c: Counts): number | null =>
  c.predicted === 0 ? null : c.correct / c.predicted;
/** correct / gold; `null` when the gold gives nothing. */
export const recall = (c: Counts): number | null => (c.gold === 0 ? null : c.correct / c.gold);

const empty = (): Counts => ({ findings: 0, gold: 0, predicted: 0, correct: 0 });
const emptyPart = (themes: readonly string[]): PartScore => ({
  overall: empty(),
  byJudgement: {},
  byTheme: Object.fromEntries(themes.map((t) => [t, empty()])),
});

function add(c: Counts, gold: ReadonlySet<string>, predicted: ReadonlySet<string>): void {
  c.findings += 1;
  c.gold += gold.size;
  c.predicted += predicted.size;
  for (const t of predicted) if (gold.has(t)) c.correct += 1;
}

/**
 * Score predictions against gold. `themes` lists every theme id in display order
 * (so a theme nobody labelled or tagged still gets a row); `gold` and `predicted`
 * map finding id → theme ids; a finding missing from `predicted` got no tags.
 * `split` null scores a findings file that has no tune/held split: every
 * finding counts in `all` only.
 */
export function scoreGold(input: {
  findings: readonly GoldFinding[];
  split: Readonly<Record<string, GoldPart>> | null;
  themes: readonly string[];
  gold: ReadonlyMap<string, readonly string[]>;
  predicted: ReadonlyMap<string, readonly string[]>;
}): GoldScore {
  const parts: GoldScore['parts'] = {
    tune: emptyPart(input.themes),
    held: emptyPart(input.themes),
    all: emptyPart(input.themes),
  };
  const unlabelled: string[] = [];
  for (const f of input.findings) {
    const labels = input.gold.get(f.id);
    if (!labels) {
      unlabelled.push(f.id);
      continue;
    }
    const part = input.split ? input.split[f.id] : null;
    if (part === undefined)
      throw new Error(
        `finding "${f.id}" is not in split.json; run \`npm run themes:gold-hash -- --write\` if it was added`,
      );
    const gold = new Set(labels);
    const predicted = new Set(input.predicted.get(f.id) ?? []);
    for (const p of part ? [parts[part], parts.all] : [parts.all]) {
      add(p.overall, gold, predicted);
      add((p.byJudgement[f.judgement] ??= empty()), gold, predicted);
      for (const t of new Set([...gold, ...predicted])) {
        if (!p.byTheme[t])
          throw new Error(
            `finding "${f.id}": theme "${t}" is not a theme; allowed: ${input.themes.join(', ')}`,
          );
        add(
          p.byTheme[t],
          gold.has(t) ? new Set([t]) : new Set(),
          predicted.has(t) ? new Set([t]) : new Set(),
        );
      }
    }
  }
  return { parts, unlabelled };
}
