/** Reading content/theme-model.json: its text form reads back as the same model; bad files say how to fix them. */
import { describe, expect, it } from 'vitest';
import { modelJson } from '../../../scripts/themes/model/model-json.ts';
import { parseThemeModel } from '../../../src/lib/theme-model.ts';
import type { ThemeModel } from '../../../src/schemas/theme-model.ts';

const model: ThemeModel = {
  $comment: 'Generated',
  keep: 0.2,
  add: 0.5,
  fallback: 0.05,
  trainedOn: [{ set: 'docs/themes/gold', labeller: 'A', findings: 3 }],
  themes: {
    chronologies: { bias: -2.5, weights: { chronolog: 3.125, 'R:chronologies': 1 } },
    supervision: { bias: -3, weights: {} },
  },
};

describe('the theme model file', () => {
  it('reads back as the model written, one theme a line', () => {
    const text = modelJson(model);
    expect(JSON.parse(text)).toEqual(model);
    expect(parseThemeModel(text)).toEqual(model);
    expect(text.split('\n').filter((l) => l.startsWith('    "'))).toHaveLength(2);
  });

  it('names the file, the problem and the fix when it is not JSON or not a model', () => {
    expect(() => parseThemeModel('{', 'content/theme-model.json')).toThrow(
      /content\/theme-model\.json is not JSON.*run npm run themes:train/,
    );
    expect(() => parseThemeModel(JSON.stringify({ ...model, keep: 2 }))).toThrow(
      /is not a theme model: .*keep.*run npm run themes:train/,
    );
  });
});
