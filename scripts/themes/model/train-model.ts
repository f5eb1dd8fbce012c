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

/** One theme's weights over the indexed features (`rows`: each example's feature indices). */
function fitTheme(rows: readonly Int32Array[], labels: readonly number[], size: number) {
  const w = new Float64Array(size);
  const g = new Float64Array(size);
  let bias = FIT.startBias;
  for (let step = 0; step < FIT.steps; step++) {
    g.fill(0);
    let gBias = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const k of row) z += w[k]!;
      const error = 1 / (1 + Math.exp(-z)) - labels[i]!;
      gBias += error;
      for (const k of row) g[k]! += error;
    });
    bias -= (FIT.rate * gBias) / rows.length;
    for (let k = 0; k < size; k++) w[k]! -= FIT.rate * (g[k]! / rows.length + FIT.l2 * w[k]!);
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
  for (const theme of themes) {
    const { bias, w } = fitTheme(
      rows,
      examples.map((e) => (e.themes.has(theme) ? 1 : 0)),
      names.length,
    );
    const weights: Record<string, number> = {};
    // Sorted by feature name, so the file reads the same way whatever order features first appeared in.
    for (const k of names.map((_, i) => i).sort((a, b) => (names[a]! < names[b]! ? -1 : 1))) {
      const r = round(w[k]!);
      if (Math.abs(r) >= FIT.minWeight) weights[names[k]!] = r;
    }
    model.themes[theme] = { bias: round(bias), weights };
  }
  return model;
}
