/**
 * The Leeds report's cover boxes under the variance classes a cover box
 * meets (wrapping of the prose — its rows keep their cells —, blank lines,
 * glyphs, bullets, line endings and form feeds): the cover sheets hold the
 * same words, and the same fields, as the seed's. The random seed is printed;
 * rerun a failure with FC_SEED=<seed>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { essence } from '../../../scripts/ingest/check/check-lossless.ts';
import { parseText, seedText } from '../../helpers/parse-text.ts';
import { SEED_FILES } from '../../helpers/seeds.ts';
import {
  blankLineClass,
  bulletClass,
  glyphClass,
  lineEndClass,
  proseWrapClass,
  type VarianceClass,
} from './variance.ts';

const FC_SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FC_COVER_RUNS ?? 15);
console.log(
  `cover box metamorphic tests: fast-check seed ${FC_SEED} (FC_SEED=${FC_SEED} to rerun), ${RUNS} cases per class`,
);

const leeds = seedText(SEED_FILES.findIndex((name) => name.startsWith('004')));
/** The words of a text's cover sheets, and their fields. */
function covers(text: string) {
  const boxes = parseText(text).body.flatMap((n) => (n.type === 'cover' ? [n] : []));
  return {
    words: essence(boxes.flatMap((box) => box.lines).join(' ')),
    fields: boxes.map((box) => box.fields?.map((f) => essence(`${f.label} ${f.value}`))),
  };
}
const baseline = covers(leeds);

describe('the Leeds cover boxes', () => {
  it('hold the seed’s words', () => {
    expect(baseline.words).toMatch(/^originatoradamhewitt.*thereport$/);
  });
  const classes = [proseWrapClass, blankLineClass, glyphClass, bulletClass, lineEndClass];
  it.each((classes as VarianceClass<unknown>[]).map((c) => ({ c, label: c.name })))(
    'hold the same words and fields under $label',
    ({ c }) => {
      fc.assert(
        fc.property(c.plan, (plan) => {
          expect(covers(c.apply(leeds, plan))).toEqual(baseline);
        }),
        { seed: FC_SEED, numRuns: RUNS },
      );
    },
  );
});
