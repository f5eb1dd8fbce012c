/**
 * Metamorphic property tests over council layouts: each council report
 * fixture (tests/fixtures/council-reports/), transformed by each variance
 * class that keeps its lines whole (blank lines, glyphs, bullets, line
 * endings and form feeds; variance.ts), parses to the same metadata and
 * findings as the fixture itself — the same sections, the same findings.
 * Wrapping (and furniture, which wraps) is not applied: a report's header
 * rows and title wrapped at the page width lose metadata today (see
 * docs/parsing.md). Fewer cases than for the seeds (the layouts are short
 * and many). The random seed is printed; rerun a failure with
 * FC_SEED=<seed>, more cases with FC_COUNCIL_RUNS=<n>.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { essentials, parseText } from '../../helpers/parse-text.ts';
import { ROOT } from '../../helpers/seeds.ts';
import { CLASSES, furnitureClass, wrapClass } from './variance.ts';

const FC_SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FC_COUNCIL_RUNS ?? 10);
console.log(
  `council layout metamorphic tests: fast-check seed ${FC_SEED} (FC_SEED=${FC_SEED} to rerun), ${RUNS} cases per class per layout`,
);

const DIR = join(ROOT, 'tests/fixtures/council-reports');
const WHOLE_LINES = CLASSES.filter((c) => c !== wrapClass && c !== furnitureClass);
const LAYOUTS = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe.each(LAYOUTS)('%s', (name) => {
  const text = readFileSync(join(DIR, name), 'utf8');
  const baseline = essentials(parseText(text, name));
  it.each(WHOLE_LINES.map((c) => ({ c, label: c.name })))('is invariant under $label', ({ c }) => {
    fc.assert(
      fc.property(c.plan, (plan) => {
        expect(essentials(parseText(c.apply(text, plan), name))).toEqual(baseline);
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
  });
});

/** Shrunk counterexamples that showed a parser fault, kept as fixed cases. */
const FIXED: Array<{ layout: string; cls: string; plan: unknown; broke: string }> = [
  {
    layout: 'sefton-executive-member.txt',
    cls: 'blank-line pattern',
    plan: { mode: 'none', at: [] },
    broke:
      'with no blank lines, the next section\'s heading "4  FINANCIAL IMPLICATIONS" ran into the last finding',
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'line endings and form feeds',
    plan: { eol: '\r\n', feeds: [92854] },
    broke: 'a page break before "Recommendation" ran it into the last finding',
  },
];

describe('fixed cases', () => {
  it.each(FIXED)('$layout: $broke', ({ layout, cls, plan }) => {
    const text = readFileSync(join(DIR, layout), 'utf8');
    const variance = CLASSES.find((c) => c.name === cls)!;
    expect(essentials(parseText(variance.apply(text, plan), layout))).toEqual(
      essentials(parseText(text, layout)),
    );
  });
});
