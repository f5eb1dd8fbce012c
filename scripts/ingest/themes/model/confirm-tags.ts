/**
 * The theme model's say over the rules' tags. Pure.
 *
 * The rules name every theme a finding's words point to; labellers give only
 * what the finding is about. The model (trained on labelled findings) scores
 * each theme for the finding as a whole:
 * - a rule tag stays when the model finds its theme likely enough (`keep`); its
 *   "tagged because" is still the rule's own words;
 * - a theme the model finds likely on its own (`add`) is added even where no rule
 *   fired, tagged because of the few neighbouring words that weigh most for it;
 * - a finding left with no tag gets the model's likeliest theme when that is at
 *   least `fallback` and some word of the finding weighs for it, explained the same way.
 * Tags come out in taxonomy order (the model's themes are in that order).
 */
import type { ThemeTag } from '../../../../src/schemas/theme.ts';
import type { ThemeModel } from '../../../../src/schemas/theme-model.ts';
import { contentWords, findingFeatures, type Word } from './finding-features.ts';

/** The model by feature: each feature's weight for every theme that has one (theme index, weight). */
interface ByFeature {
  themes: string[];
  biases: Float64Array;
  weights: Map<string, Array<readonly [number, number]>>;
}
// Keyed by the model object: ingest reads it once and scores every finding with it, so
// one lookup per feature replaces one per feature and theme (a few times faster).
const compiled = new WeakMap<ThemeModel, ByFeature>();

function byFeature(model: ThemeModel): ByFeature {
  let index = compiled.get(model);
  if (!index) {
    const themes = Object.keys(model.themes);
    const weights = new Map<string, Array<readonly [number, number]>>();
    themes.forEach((theme, t) => {
      for (const [feature, w] of Object.entries(model.themes[theme]!.weights))
        (weights.get(feature) ?? weights.set(feature, []).get(feature)!).push([t, w]);
    });
    const biases = Float64Array.from(themes, (theme) => model.themes[theme]!.bias);
    index = { themes, biases, weights };
    compiled.set(model, index);
  }
  return index;
}

/** The probability the model gives each of its themes for these features, in the model's order. */
export function themeProbabilities(
  model: ThemeModel,
  features: readonly string[],
): Map<string, number> {
  const { themes, biases, weights } = byFeature(model);
  const z = Float64Array.from(biases);
  for (const f of features) for (const [t, w] of weights.get(f) ?? []) z[t]! += w;
  return new Map(themes.map((theme, t) => [theme, 1 / (1 + Math.exp(-z[t]!))]));
}

/** Longest run of neighbouring content words shown as a model tag's reason. */
const MOST_WORDS = 3;
const PUNCTUATION = /[.,;:!?()]/;

/**
 * The words of `text` that weigh most for a theme, as written: the run of up to
 * three neighbouring content words whose stems and pairs weigh most together
 * ("identify required actions" says more than "case"); the shorter run on a tie.
 */
function strongestWords(
  text: string,
  words: readonly Word[],
  weights: Record<string, number>,
): string | undefined {
  let best: { weight: number; size: number; start: number; end: number } | undefined;
  words.forEach((first, i) => {
    let weight = 0;
    for (let j = i; j < Math.min(words.length, i + MOST_WORDS); j++) {
      // A run stays within one phrase: it never spans a comma, full stop or bracket.
      if (j > i && PUNCTUATION.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
      weight += weights[words[j]!.stem] ?? 0;
      if (j > i) weight += weights[`${words[j - 1]!.stem}_${words[j]!.stem}`] ?? 0;
      const size = j - i + 1;
      if (
        weight > 0 &&
        (!best || weight > best.weight || (weight === best.weight && size < best.size))
      )
        best = { weight, size, start: first.start, end: words[j]!.end };
    }
  });
  return best && text.slice(best.start, best.end);
}

/** The rule tags the model keeps, with the themes it adds; or its likeliest theme when none is left. */
export function confirmTags(
  text: string,
  judgement: string | undefined,
  ruleTags: readonly ThemeTag[],
  model: ThemeModel,
): ThemeTag[] {
  const words = contentWords(text);
  const features = findingFeatures(
    text,
    judgement,
    ruleTags.map((t) => t.theme),
    words,
  );
  const p = themeProbabilities(model, features);
  const byRule = new Map(ruleTags.map((t) => [t.theme, t]));
  const modelTag = (theme: string): ThemeTag[] => {
    const matched = strongestWords(text, words, model.themes[theme]!.weights);
    return matched ? [{ theme, matched, source: 'model' }] : [];
  };
  const tags = [...p].flatMap(([theme, q]) => {
    const rule = byRule.get(theme);
    if (rule) return q >= model.keep ? [rule] : [];
    return q >= model.add ? modelTag(theme) : [];
  });
  if (tags.length > 0) return tags;
  // The likeliest theme that has words in this finding to show as the reason.
  const likeliest = [...p].filter(([, q]) => q >= model.fallback).sort(([, a], [, b]) => b - a);
  for (const [theme] of likeliest) {
    const tag = modelTag(theme);
    if (tag.length > 0) return tag;
  }
  return [];
}
