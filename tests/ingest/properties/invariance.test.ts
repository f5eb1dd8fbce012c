/**
 * Metamorphic property tests: every seed, transformed by every variance
 * class (variance.ts), parses to the same metadata and findings (judgement,
 * white-space-collapsed text) as the seed itself. The random seed is printed;
 * rerun a failure with FC_SEED=<seed>. Parse only, no disk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { essentials, parseText, seedText } from '../../helpers/parse-text.ts';
import { SEED_FILES } from '../../helpers/seeds.ts';
import { CLASSES } from './variance.ts';

const FC_SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FC_RUNS ?? 50);
console.log(
  `metamorphic tests: fast-check seed ${FC_SEED} (FC_SEED=${FC_SEED} to rerun), ${RUNS} cases per class per seed`,
);

describe.each(SEED_FILES.map((name, index) => ({ name, index })))('$name', ({ name, index }) => {
  const text = seedText(index);
  const baseline = essentials(parseText(text, name));
  it.each(CLASSES.map((c) => ({ c, label: c.name })))('is invariant under $label', ({ c }) => {
    fc.assert(
      fc.property(c.plan, (plan) => {
        expect(essentials(parseText(c.apply(text, plan), name))).toEqual(baseline);
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });
});
