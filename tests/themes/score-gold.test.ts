/**
 * The gold-set scoring harness on small hand-made label sets, where every figure
 * can be worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { agreement } from '../../scripts/themes/gold/agreement.ts';
import { formatScore } from '../../scripts/themes/gold/format-score.ts';
import { goldFromLabels, labellersByCount } from '../../scripts/themes/gold/gold-labels.ts';
import type { GoldFinding, GoldLabel } from '../../scripts/themes/gold/gold-schema.ts';
import { precision, recall, scoreGold } from '../../scripts/themes/gold/score-gold.ts';

const f = (id: string, judgement: GoldFinding['judgement']): GoldFinding => ({
  id,
  judgement,
  text: `Text of ${id}.`,
  source: 'written',
});
const findings = [
  f('a', 'strength'),
  f('b', 'area-for-development'),
  f('c', 'area-for-development'),
  f('d', 'strength'),
];
const split = { a: 'tune', b: 'tune', c: 'held', d: 'held' } as const;
const themes = ['x', 'y', 'z'];
const gold = new Map([
  ['a', ['x']],
  ['b', ['x', 'y']],
  ['c', []],
  ['d', ['z']],
]);
const predicted = new Map([
  ['a', ['x', 'y']],
  ['b', ['y']],
  ['c', ['z']],
  ['d', ['z']],
]);
const score = scoreGold({ findings, split, themes, gold, predicted });

describe('scoreGold', () => {
  it('counts (finding, theme) pairs per part: tune a+b, held c+d, all four', () => {
    // tune: a gives x (right) and y (wrong); b gives y (right), misses x → 3 tags, 2 correct, 3 gold.
    expect(score.parts.tune.overall).toEqual({ findings: 2, gold: 3, predicted: 3, correct: 2 });
    // held: c gives z (wrong, gold empty); d gives z (right) → 2 tags, 1 correct, 1 gold.
    expect(score.parts.held.overall).toEqual({ findings: 2, gold: 1, predicted: 2, correct: 1 });
    expect(score.parts.all.overall).toEqual({ findings: 4, gold: 4, predicted: 5, correct: 3 });
    expect(precision(score.parts.all.overall)).toBeCloseTo(3 / 5);
    expect(recall(score.parts.all.overall)).toBeCloseTo(3 / 4);
  });

  it('per judgement and per theme', () => {
    expect(score.parts.all.byJudgement['area-for-development']).toEqual({
      findings: 2,
      gold: 2,
      predicted: 2,
      correct: 1,
    });
    expect(score.parts.all.byJudgement.strength).toEqual({
      findings: 2,
      gold: 2,
      predicted: 3,
      correct: 2,
    });
    expect(score.parts.all.byJudgement['priority-action']).toBeUndefined();
    expect(score.parts.all.byTheme.x).toEqual({ findings: 2, gold: 2, predicted: 1, correct: 1 });
    expect(score.parts.all.byTheme.y).toEqual({ findings: 2, gold: 1, predicted: 2, correct: 1 });
    expect(score.parts.all.byTheme.z).toEqual({ findings: 2, gold: 1, predicted: 2, correct: 1 });
  });

  it('perfect tags score 1 and 1; no tags at all give undefined precision, not a perfect one', () => {
    const perfect = scoreGold({ findings, split, themes, gold, predicted: gold });
    expect([precision(perfect.parts.all.overall), recall(perfect.parts.all.overall)]).toEqual([
      1, 1,
    ]);
    const none = scoreGold({ findings, split, themes, gold, predicted: new Map() });
    expect([precision(none.parts.all.overall), recall(none.parts.all.overall)]).toEqual([null, 0]);
  });

  it('skips and lists unlabelled findings; refuses unknown themes and findings missing from the split', () => {
    const partial = scoreGold({
      findings,
      split,
      themes,
      gold: new Map([['a', ['x']]]),
      predicted,
    });
    expect(partial.unlabelled).toEqual(['b', 'c', 'd']);
    expect(partial.parts.all.overall.findings).toBe(1);
    expect(() =>
      scoreGold({ findings, split, themes, gold: new Map([['a', ['w']]]), predicted }),
    ).toThrow(/"w" is not a theme; allowed: x, y, z/);
    expect(() =>
      scoreGold({
        findings: [f('e', 'strength')],
        split,
        themes,
        gold: new Map([['e', []]]),
        predicted,
      }),
    ).toThrow(/"e" is not in split.json/);
  });

  it('formats a table with counts and figures, "—" where undefined', () => {
    const lines = formatScore(
      scoreGold({
        findings,
        split,
        themes,
        gold: new Map([
          ['a', ['x']],
          ['b', ['x', 'y']],
          ['c', []],
          ['d', ['z']],
        ]),
        predicted: new Map(),
      }),
    );
    expect(lines.find((l) => l.startsWith('held  overall'))).toMatch(
      /\s2\s+1\s+0\s+0\s+—\s+0\.000$/,
    );
    expect(lines.find((l) => l.startsWith('all   theme x'))).toMatch(
      /\s2\s+2\s+0\s+0\s+—\s+0\.000$/,
    );
  });
});

describe('labels: choosing the scored labeller', () => {
  const labels: GoldLabel[] = [
    { id: 'a', themes: ['x'], labeller: 'ann' },
    { id: 'b', themes: ['x', 'x'], labeller: 'ann' },
    { id: 'a', themes: ['x', 'y'], labeller: 'bo' },
  ];
  it('orders labellers by findings labelled and builds one labeller’s gold (duplicates in a line merged)', () => {
    expect(labellersByCount(labels)).toEqual(['ann', 'bo']);
    expect(goldFromLabels(labels, 'ann', new Set(['a', 'b']), new Set(themes))).toEqual(
      new Map([
        ['a', ['x']],
        ['b', ['x']],
      ]),
    );
  });
  it('names the problem: a finding labelled twice, an unknown finding, an unknown theme', () => {
    const ids = new Set(['a', 'b']);
    expect(() => goldFromLabels([...labels, labels[0]!], 'ann', ids, new Set(themes))).toThrow(
      /"ann" labelled "a" twice/,
    );
    expect(() => goldFromLabels(labels, 'ann', new Set(['a']), new Set(themes))).toThrow(
      /"b", which is not in findings.jsonl/,
    );
    expect(() => goldFromLabels(labels, 'bo', ids, new Set(['x']))).toThrow(
      /unknown theme "y"; allowed: x/,
    );
  });
});

describe('agreement between two labellers', () => {
  it('exact share, pair F1 and mean per-theme kappa on shared findings only', () => {
    const a = new Map([
      ['1', ['x']],
      ['2', ['y']],
      ['3', []],
      ['4', ['x', 'y']],
      ['only-a', ['z']],
    ]);
    const b = new Map([
      ['1', ['x']],
      ['2', ['x']],
      ['3', []],
      ['4', ['x', 'y']],
    ]);
    const r = agreement(a, b);
    expect(r.shared).toBe(4);
    expect(r.exact).toBe(3 / 4);
    // pairs: A {1x,2y,4x,4y} B {1x,2x,4x,4y}; both 3 → F1 = 2·3 / (4 + 4)
    expect(r.f1).toBeCloseTo(6 / 8);
    // x: A 1,0,0,1 B 1,1,0,1 → po .75, pe .5·.75+.5·.25 = .5 → κ .5; y: A 0,1,0,1 B 0,0,0,1 → po .75, pe .5·.25+.5·.75 = .5 → κ .5
    expect(r.kappa).toBeCloseTo(0.5);
  });
  it('identical labels agree fully; nothing shared gives undefined figures', () => {
    const a = new Map([
      ['1', ['x']],
      ['2', ['y']],
    ]);
    expect(agreement(a, a)).toEqual({ shared: 2, exact: 1, f1: 1, kappa: 1 });
    expect(agreement(a, new Map([['9', ['x']]]))).toEqual({
      shared: 0,
      exact: null,
      f1: null,
      kappa: null,
    });
  });
});
