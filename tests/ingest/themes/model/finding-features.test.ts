/** The features the theme model reads: stems, neighbouring stems, judgement, rule tags. */
import { describe, expect, it } from 'vitest';
import {
  contentWords,
  findingFeatures,
} from '../../../../scripts/ingest/themes/model/finding-features.ts';

describe('findingFeatures', () => {
  const text = 'The quality of initial assessments is variable.';

  it('stems the content words, leaving out function words, and pairs neighbours', () => {
    const f = findingFeatures(text, 'area-for-development', ['assessment-quality']);
    expect(f).toEqual([
      'qualiti',
      'initi',
      'assess',
      'variabl',
      'qualiti_initi',
      'initi_assess',
      'assess_variabl',
      'J:area-for-development',
      'R:assessment-quality',
    ]);
  });

  it('gives each feature once, however often its words occur', () => {
    const f = findingFeatures('Assessments, assessments and assessed cases.', undefined, []);
    expect(f.filter((x) => x === 'assess')).toHaveLength(1);
    expect(f).not.toContain('J:undefined');
  });

  it('keeps where each content word stands, so an explanation can quote the text exactly', () => {
    const words = contentWords(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      'quality',
      'initial',
      'assessments',
      'variable',
    ]);
  });
});
