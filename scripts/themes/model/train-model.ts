/**
 * Trains the theme model (src/schemas/theme-model.ts). Pure and deterministic:
 * the same examples in the same order give the same model, bit for bit.
 *
 * One logistic model per theme over the findings' features, fitted by plain
 * full-batch gradient descent with an L2 penalty, a fixed number of steps from
 * zero weights: nothing random, no early stopping, so the committed model can be
 * checked by training it again. Weights are rounded and the smallest left out
 * (settings.ts), which keeps the file small.
 */
import { findingFeatures } from '../../ingest/themes/model/finding-features.ts';
import type { ThemeModel } from '../../../src/schemas/theme-model.ts';
import { FIT } from './settings.ts';

/** A labelled finding as the trainer sees it. */
export interface TrainingExample {
  text: string;
  judgement: string;
  /** The themes the rules give it today. */
  ruleThemes: readonly string[];
  /** The themes its labeller gave it. */
  themes: ReadonlySet<string>;
}

const round = (x: number) => Math.round(x * 10 ** FIT.decimals) / 10 ** FIT.decimals;

/**
 * Every theme's weights at once over the indexed features (`rows`: each example's
 * feature indices; `labels`: example i's label for theme t at i * T + t). Weights are
 * laid out feature by feature (k * T + t), so one pass over the examples serves all
 * T themes; each theme's sums are taken in the same order as fitting it alone would.
 */
function fitAll(rows: readonly Int32Array[], labels: Uint8Array, size: number, T: number) {
  const w = new Float64Array(size * T);
  const g = new Float64Array(size * T);
  const bias = new Float64Array(T).fill(FIT.startBias);
  const gBias = new Float64Array(T);
  const z = new Float64Array(T);
  const n = rows.length;
  for (let step = 0; step < FIT.steps; step++) {
    g.fill(0);
    gBias.fill(0);
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      z.set(bias);
      for (const k of row) for (let t = 0, at = k * T; t < T; t++) z[t]! += w[at + t]!;
      for (let t = 0; t < T; t++) {
        z[t] = 1 / (1 + Math.exp(-z[t]!)) - labels[i * T + t]!; // now the error
        gBias[t]! += z[t]!;
      }
      for (const k of row) for (let t = 0, at = k * T; t < T; t++) g[at + t]! += z[t]!;
    }
    for (let t = 0; t < T; t++) bias[t]! -= (FIT.rate * gBias[t]!) / n;
    for (let j = 0; j < size * T; j++) w[j]! -= FIT.rate * (g[j]! / n + FIT.l2 * w[j]!);
  }
  return { bias, w };
}

/** The model for `themes` (ids, in taxonomy order) from labelled examples. */
export function trainModel(
  examples: readonly TrainingExample[],
  themes: readonly string[],
  settings: Pick<ThemeModel, '$comment' | 'keep' | 'add' | 'fallback' | 'trainedOn'>,
): ThemeModel {
  const featureLists = examples.map((e) => findingFeatures(e.text, e.judgement, e.ruleThemes));
  // A feature seen in fewer than FIT.minFindings findings says nothing general: left out.
  const counts = new Map<string, number>();
  for (const list of featureLists) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const list of featureLists)
    for (const f of list)
      if (counts.get(f)! >= FIT.minFindings && !index.has(f)) index.set(f, index.size);
  const rows = featureLists.map((list) =>
    Int32Array.from(
      list.filter((f) => index.has(f)),
      (f) => index.get(f)!,
    ),
  );
  const names = [...index.keys()];
  const model: ThemeModel = { ...settings, themes: {} };
  const T = themes.length;
  const labels = new Uint8Array(examples.length * T);
  examples.forEach((e, i) =>
    themes.forEach((theme, t) => (labels[i * T + t] = e.themes.has(theme) ? 1 : 0)),
  );
  const { bias, w } = fitAll(rows, labels, names.length, T);
  // Sorted by feature name, so the file reads the same way whatever order features first appeared in.
  const byName = names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
  themes.forEach((theme, t) => {
    const weights: Record<string, number> = {};
    for (const k of byName) {
      const r = round(w[k * T + t]!);
      if (Math.abs(r) >= FIT.minWeight) weights[names[k]!] = r;
    }
    model.themes[theme] = { bias: round(bias[t]!), weights };
  });
  return model;
}
