/**
 * The trainer on small hand-made sets: it learns what the labels say, leaves out
 * features too rare to generalise, and gives the same model every time.
 */
import { describe, expect, it } from 'vitest';
import { themeProbabilities } from '../../../scripts/ingest/themes/model/confirm-tags.ts';
import { findingFeatures } from '../../../scripts/ingest/themes/model/finding-features.ts';
import { FIT } from '../../../scripts/themes/model/settings.ts';
import { type TrainingExample, trainModel } from '../../../scripts/themes/model/train-model.ts';

const example = (text: string, themes: string[], ruleThemes: string[] = []): TrainingExample => ({
  text,
  judgement: 'strength',
  ruleThemes,
  themes: new Set(themes),
});
// Chronology findings and police findings, each worded several ways; one odd word ("zebra") once.
const examples = [
  example('Chronologies are up to date.', ['chronologies']),
  example('Chronologies are detailed and current.', ['chronologies']),
  example('Each file has a chronology of events.', ['chronologies']),
  example('Joint visits with the police are prompt.', ['partnership-with-police']),
  example('The police attend strategy meetings.', ['partnership-with-police']),
  example('Police officers share information quickly zebra.', ['partnership-with-police']),
];
const settings = { $comment: 'test', keep: 0.2, add: 0.5, fallback: 0.05, trainedOn: [] };
const themes = ['chronologies', 'partnership-with-police'];
const model = trainModel(examples, themes, settings);
const p = (text: string) => themeProbabilities(model, findingFeatures(text, 'strength', []));

describe('trainModel', () => {
  it('learns each theme from its words', () => {
    expect(p('Chronologies are missing.').get('chronologies')!).toBeGreaterThan(0.5);
    expect(p('Chronologies are missing.').get('partnership-with-police')!).toBeLessThan(0.2);
    expect(p('The police are slow.').get('partnership-with-police')!).toBeGreaterThan(0.5);
  });

  it('leaves out a feature seen in only one finding, and the smallest weights', () => {
    const weights = model.themes['partnership-with-police']!.weights;
    expect(weights.zebra).toBeUndefined();
    expect(weights.polic).toBeGreaterThan(0);
    for (const w of Object.values(weights))
      expect(Math.abs(w)).toBeGreaterThanOrEqual(FIT.minWeight);
    for (const w of Object.values(weights)) expect(Math.round(w * 1000) / 1000).toBe(w);
  });

  it('gives the same model for the same examples, and lists weights by feature name', () => {
    expect(trainModel(examples, themes, settings)).toEqual(model);
    const names = Object.keys(model.themes.chronologies!.weights);
    expect(names).toEqual([...names].sort());
  });

  it('writes themes in the order given and keeps the settings', () => {
    expect(Object.keys(model.themes)).toEqual(themes);
    expect(model.keep).toBe(0.2);
  });
});
