/**
 * Cross-validation by pattern support on hand-made findings, where which pattern
 * each fold keeps can be worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { crossValidate, foldsOf, supported } from '../../scripts/themes/gold/cross-validate.ts';
import type { GoldFinding } from '../../scripts/themes/gold/gold-schema.ts';
import { themeSchema } from '../../src/schemas/theme.ts';

const theme = themeSchema.parse({
  id: 'chronologies',
  label: 'Chronologies',
  description: 'Chronologies on case files.',
  match: ['chronolog*', 'history of events'],
  exclude: ['chronological order'],
  weak: ['timeline*'],
  cues: ['case file*', 'up to date'],
});

describe('supported', () => {
  it('keeps a pattern only when a finding outside the fold supports it', () => {
    const t = supported(theme, [
      { text: 'Chronologies are up to date.', labelled: true },
      { text: 'Timelines on case files are clear.', labelled: true },
      { text: 'Papers are kept in chronological order.', labelled: false },
    ]);
    expect(t.match).toEqual(['chronolog*']);
    expect(t.weak).toEqual(['timeline*']);
    expect(t.cues).toEqual(['case file*']);
    expect(t.exclude).toEqual(['chronological order']);
  });

  it('a theme left with no match pattern tags nothing, and `keep` spares patterns', () => {
    const none = supported(theme, [{ text: 'Caseloads are high.', labelled: false }]);
    expect(none.weak).toEqual([]);
    expect(none.exclude).toEqual([]);
    const kept = supported(theme, [], (_, p) => p === 'history of events');
    expect(kept.match).toEqual(['history of events']);
  });
});

describe('crossValidate', () => {
  const f = (id: string, text: string): GoldFinding => ({
    id,
    judgement: 'strength',
    text,
    source: 'written',
  });
  const findings = ['a', 'b', 'c', 'd'].map((id) =>
    f(id, id === 'd' ? 'The history of events is clear.' : 'Chronologies are clear.'),
  );
  const gold = new Map(findings.map((x) => [x.id, ['chronologies']]));

  it('tags each fold with what the other folds support: a pattern only one finding uses is lost for it', () => {
    const predicted = crossValidate({ findings, gold, themes: [theme], k: 4 });
    expect(foldsOf(['a', 'b', 'c', 'd'], 4).size).toBe(4);
    expect(predicted.get('a')).toEqual(['chronologies']);
    expect(predicted.get('d')).toEqual([]);
  });
});
