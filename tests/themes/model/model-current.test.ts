/**
 * content/theme-model.json is what `npm run themes:train` writes today: trained
 * again here from the training sets with today's rules, it comes out the same
 * text. Fails when a rule, a training set or the trainer changed without the
 * model being trained again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelJson } from '../../../scripts/themes/model/model-json.ts';
import { DECIDE } from '../../../scripts/themes/model/settings.ts';
import { trainModel } from '../../../scripts/themes/model/train-model.ts';
import { loadTrainingSets, TRAINING_SETS } from '../../../scripts/themes/model/training-sets.ts';
import { MODEL_FILE, parseThemeModel } from '../../../src/lib/theme-model.ts';
import { parseThemes } from '../../../src/lib/themes.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('the committed theme model', () => {
  const committed = readFileSync(join(ROOT, MODEL_FILE), 'utf8');
  const model = parseThemeModel(committed);
  const themes = parseThemes(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8'));

  it('was trained on every training set, with today’s decision thresholds', () => {
    expect(model.trainedOn.map((t) => t.set)).toEqual(TRAINING_SETS.map((t) => t.set));
    expect({ keep: model.keep, add: model.add, fallback: model.fallback }).toEqual(DECIDE);
    expect(Object.keys(model.themes)).toEqual(themes.map((t) => t.id));
  });

  it('is what training again today gives (run npm run themes:train if not)', () => {
    const sets = loadTrainingSets(ROOT, themes);
    const again = trainModel(
      sets.flatMap((s) => s.examples),
      themes.map((t) => t.id),
      { $comment: model.$comment, ...DECIDE, trainedOn: model.trainedOn },
    );
    expect(again.trainedOn).toEqual(
      sets.map((s) => ({ set: s.set, labeller: s.labeller, findings: s.examples.length })),
    );
    expect(modelJson(again) === committed, `${MODEL_FILE} is stale: run npm run themes:train`).toBe(
      true,
    );
  }, 60_000);
});
