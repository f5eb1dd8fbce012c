/**
 * How the model does on wording it has not seen: for each training set in turn,
 * train on the others and tag the one left out. Pure. Each set was written by
 * someone else, so the set left out stands for a new writer's findings. The rules
 * are the same in every round (they were written from all the sets), so the
 * rules' own figures here flatter them; the model's gain over them is the point.
 */
import type { ThemeModel } from '../../../src/schemas/theme-model.ts';
import { confirmTags } from '../../ingest/themes/model/confirm-tags.ts';
import type { TrainingSet } from './training-sets.ts';
import { trainModel } from './train-model.ts';

/** Tags given, tags that match a label, and labels. */
export interface Counts {
  tags: number;
  correct: number;
  labels: number;
}

/** One set left out: the rules alone and the rules with the model, scored against its labels. */
export interface LeftOut {
  set: string;
  rules: Counts;
  model: Counts;
}

const count = (predicted: readonly string[], labels: ReadonlySet<string>): Counts => ({
  tags: predicted.length,
  correct: predicted.filter((t) => labels.has(t)).length,
  labels: labels.size,
});
const add = (a: Counts, b: Counts): Counts => ({
  tags: a.tags + b.tags,
  correct: a.correct + b.correct,
  labels: a.labels + b.labels,
});

export function leaveOneOut(
  sets: readonly TrainingSet[],
  themes: readonly string[],
  decide: Pick<ThemeModel, 'keep' | 'add' | 'fallback'>,
): LeftOut[] {
  return sets.map((out) => {
    const rest = sets.filter((s) => s !== out).flatMap((s) => s.examples);
    const model = trainModel(rest, themes, { $comment: '', ...decide, trainedOn: [] });
    const zero: Counts = { tags: 0, correct: 0, labels: 0 };
    let rules = zero;
    let withModel = zero;
    for (const e of out.examples) {
      const tags = e.ruleThemes.map((theme) => ({ theme, matched: '', source: 'rule' as const }));
      rules = add(rules, count(e.ruleThemes, e.themes));
      const kept = confirmTags(e.text, e.judgement, tags, model).map((t) => t.theme);
      withModel = add(withModel, count(kept, e.themes));
    }
    return { set: out.set, rules, model: withModel };
  });
}
