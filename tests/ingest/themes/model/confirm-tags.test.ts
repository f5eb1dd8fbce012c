/**
 * The model's say over the rules' tags, with a hand-made model whose weights make
 * each decision plain: a rule tag kept or dropped, a theme added, the fallback.
 */
import { describe, expect, it } from 'vitest';
import {
  confirmTags,
  themeProbabilities,
} from '../../../../scripts/ingest/themes/model/confirm-tags.ts';
import type { ThemeTag } from '../../../../src/schemas/theme.ts';
import type { ThemeModel } from '../../../../src/schemas/theme-model.ts';

const model: ThemeModel = {
  $comment: 'test',
  keep: 0.2,
  add: 0.5,
  fallback: 0.05,
  trainedOn: [],
  themes: {
    // Likely only when the text says "chronolog…" (p ≈ 0.95), otherwise unlikely (p ≈ 0.05).
    chronologies: { bias: -3, weights: { chronolog: 6 } },
    // The police are likely when "joint" and "visit" stand together (the pair weighs most).
    'partnership-with-police': { bias: -3, weights: { polic: 1, joint_visit: 4 } },
    // Case recording, made unlikely when the rule fired on "case files" in a text about chronologies.
    'case-recording': { bias: -1, weights: { 'R:case-recording': 0.5, chronolog: -3 } },
  },
};
const rule = (theme: string, matched: string): ThemeTag => ({ theme, matched, source: 'rule' });

describe('themeProbabilities', () => {
  it('is the logistic of the bias plus the weights of the features present', () => {
    const p = themeProbabilities(model, ['chronolog']);
    expect(p.get('chronologies')).toBeCloseTo(1 / (1 + Math.exp(-3)), 12);
    expect(p.get('case-recording')).toBeCloseTo(1 / (1 + Math.exp(4)), 12);
  });
});

describe('confirmTags', () => {
  it('keeps a rule tag the model finds likely and drops one it does not', () => {
    const text = 'Chronologies are out of date on case files.';
    const tags = confirmTags(
      text,
      'area-for-development',
      [rule('chronologies', 'Chronologies'), rule('case-recording', 'case files')],
      model,
    );
    expect(tags).toEqual([rule('chronologies', 'Chronologies')]);
  });

  it('adds a theme the model finds likely with no rule, quoting the words that weigh most', () => {
    const text = 'Police and social workers carry out joint visits promptly.';
    const tags = confirmTags(text, 'strength', [], model);
    expect(tags).toEqual([
      { theme: 'partnership-with-police', matched: 'joint visits', source: 'model' },
    ]);
    expect(text).toContain(tags[0]!.matched);
  });

  it('gives a finding with no likely theme its likeliest one that a word of it weighs for, when that reaches the fallback', () => {
    const text = 'Officers from the police attend.';
    const p = themeProbabilities(model, ['offic', 'polic', 'attend', 'J:strength']);
    expect(p.get('partnership-with-police')!).toBeLessThan(model.add);
    // Case recording is likelier (its bias), but no word of the text weighs for it: nothing to show as the reason.
    expect(p.get('case-recording')!).toBeGreaterThan(p.get('partnership-with-police')!);
    expect(confirmTags(text, 'strength', [], model)).toEqual([
      { theme: 'partnership-with-police', matched: 'police', source: 'model' },
    ]);
    expect(confirmTags(text, 'strength', [], { ...model, fallback: 0.9 })).toEqual([]);
  });

  it('gives tags in the order of the model’s themes (the taxonomy’s)', () => {
    const text = 'Chronologies are used in joint visits.';
    const tags = confirmTags(text, 'strength', [rule('chronologies', 'Chronologies')], model);
    expect(tags.map((t) => t.theme)).toEqual(['chronologies', 'partnership-with-police']);
  });
});
