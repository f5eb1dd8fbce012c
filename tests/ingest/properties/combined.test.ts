/**
 * Metamorphic property tests with variance classes combined: every seed,
 * transformed by two or three classes at once (chosen by fast-check, applied
 * in `ORDER`), parses to the same metadata and findings as the seed itself.
 * Fewer cases than one class alone (invariance.test.ts), since each case
 * already mixes several variances. The random seed is printed; rerun a
 * failure with FC_SEED=<seed>, run more with FC_COMBINED_RUNS=<n>. The
 * shrunk counterexamples that showed a parser fault are fixed cases below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { essentials, parseText, seedText } from '../../helpers/parse-text.ts';
import { SEED_FILES } from '../../helpers/seeds.ts';
import { applyCombined, type CombinedPlan, combinedPlan } from './combine.ts';

const FC_SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FC_COMBINED_RUNS ?? 12);
console.log(
  `combined metamorphic tests: fast-check seed ${FC_SEED} (FC_SEED=${FC_SEED} to rerun), ${RUNS} cases per seed`,
);

describe.each(SEED_FILES.map((name, index) => ({ name, index })))('$name', ({ name, index }) => {
  const text = seedText(index);
  const baseline = essentials(parseText(text, name));
  it('is invariant under two or three variance classes at once', () => {
    fc.assert(
      fc.property(combinedPlan, (plan) => {
        expect(essentials(parseText(applyCombined(text, plan), name))).toEqual(baseline);
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });
});

const WRAP = 'wrap width 60–140';
const FURNITURE = 'page furniture at any line (wrapped, so also mid-sentence)';
const BLANKS = 'blank-line pattern';
const FEEDS = 'line endings and form feeds';
const FIXED: Array<{ seed: number; plan: CombinedPlan; broke: string }> = [
  {
    seed: 1,
    plan: {
      classes: [FURNITURE, BLANKS],
      plans: [
        { width: 60, inserts: [{ at: 0, kind: 0, blanks: false }] },
        { mode: 'everywhere', at: [] },
      ],
    },
    broke:
      'wrapped, with a blank line after every line: each finished sentence at a line end began a new finding',
  },
  {
    seed: 2,
    plan: {
      classes: [FURNITURE, BLANKS],
      plans: [
        { width: 60, inserts: [{ at: 0, kind: 0, blanks: false }] },
        { mode: 'everywhere', at: [] },
      ],
    },
    broke:
      'the same: the heading "The service meets the requirements …", wrapped with a blank line inside, was not a heading',
  },
  {
    seed: 3,
    plan: {
      classes: [WRAP, FEEDS],
      plans: [
        { width: 62, indent: false },
        { eol: '\r\n', feeds: [54221] },
      ],
    },
    broke:
      'a form feed (page break) after a finished sentence inside a wrapped paragraph split the finding',
  },
];

describe('fixed cases', () => {
  it.each(FIXED)('seed $seed: $broke', ({ seed, plan }) => {
    const text = seedText(seed);
    expect(essentials(parseText(applyCombined(text, plan)))).toEqual(essentials(parseText(text)));
  });
});
