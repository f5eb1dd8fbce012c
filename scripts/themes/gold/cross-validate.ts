/**
 * An estimate of how the theme rules do on findings they were not written from:
 * k-fold cross-validation by pattern support. Pure.
 *
 * Hand-written rules cannot be re-fitted per fold, so each fold instead loses
 * every pattern that nothing outside the fold supports, as if the fold had never
 * been read while the rules were written, and its findings are then tagged with
 * what is left. Support, from the out-of-fold findings only:
 * - a `match` pattern occurs in a finding labelled with its theme;
 * - a `weak` pattern and a `cue` occur in one sentence of such a finding (each
 *   supports the other);
 * - an `exclude` pattern occurs in a finding not labelled with its theme.
 * `keep` may spare patterns written from elsewhere (the definitions) rather than
 * from the gold findings. The side-clause frames (side-clauses.ts) are code and
 * stay as they are in every fold, so the estimate does not cover them.
 */
import type { Theme } from '../../../src/schemas/theme.ts';
import { classifyThemes } from '../../ingest/themes/classify-themes.ts';
import { compilePatterns } from '../../ingest/themes/compile-patterns.ts';
import type { GoldFinding } from './gold-schema.ts';
import { splitKey } from './split.ts';

/** Never occurs in a finding: stands in for a `match` list that lost every pattern. */
const NOTHING = '\u0000';

/** Fold of each id: ids ordered by their split key, dealt round k folds. */
export function foldsOf(ids: readonly string[], k: number): Map<string, number> {
  const order = [...ids].sort((a, b) => (splitKey(a) < splitKey(b) ? -1 : 1));
  return new Map(order.map((id, i) => [id, i % k]));
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

/** The theme with only the patterns the given findings support (and those `keep` spares). */
export function supported(
  theme: Theme,
  findings: readonly { text: string; labelled: boolean }[],
  keep: (theme: Theme, pattern: string) => boolean = () => false,
): Theme {
  const has = (p: string, text: string) => compilePatterns([p]).test(text);
  const pos = findings.filter((f) => f.labelled);
  const posSentences = pos.flatMap((f) => sentencesOf(f.text));
  const withAny = (patterns: readonly string[]) => (s: string) => patterns.some((q) => has(q, s));
  const pick = (patterns: readonly string[], ok: (p: string) => boolean) =>
    patterns.filter((p) => keep(theme, p) || ok(p));
  const match = pick(theme.match, (p) => pos.some((f) => has(p, f.text)));
  const weak = pick(theme.weak, (p) =>
    posSentences.some((s) => has(p, s) && withAny(theme.cues)(s)),
  );
  const cues = pick(theme.cues, (p) =>
    posSentences.some((s) => has(p, s) && withAny(theme.weak)(s)),
  );
  const exclude = pick(theme.exclude, (p) => findings.some((f) => !f.labelled && has(p, f.text)));
  return { ...theme, match: match.length > 0 ? match : [NOTHING], weak, cues, exclude };
}

/** Tags for every finding, each tagged by the rules as supported outside its fold. */
export function crossValidate(input: {
  findings: readonly GoldFinding[];
  gold: ReadonlyMap<string, readonly string[]>;
  themes: readonly Theme[];
  k: number;
  keep?: (theme: Theme, pattern: string) => boolean;
}): Map<string, string[]> {
  const labelled = input.findings.filter((f) => input.gold.has(f.id));
  const fold = foldsOf(
    labelled.map((f) => f.id),
    input.k,
  );
  const predicted = new Map<string, string[]>();
  for (let k = 0; k < input.k; k++) {
    const outside = labelled.filter((f) => fold.get(f.id) !== k);
    const themes = input.themes.map((t) =>
      supported(
        t,
        outside.map((f) => ({ text: f.text, labelled: input.gold.get(f.id)!.includes(t.id) })),
        input.keep,
      ),
    );
    for (const f of labelled.filter((f) => fold.get(f.id) === k))
      predicted.set(
        f.id,
        classifyThemes(f.text, themes, f.judgement).map((t) => t.theme),
      );
  }
  return predicted;
}
