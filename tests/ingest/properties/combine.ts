/**
 * Variance classes combined: a plan picks two or three classes (by name, so a
 * shrunk counterexample reads plainly) and holds a plan for each. They are
 * applied in one fixed order, as a document comes to be extracted: its own
 * bullets first, then the width it is wrapped at, the page furniture between
 * its lines, blank lines, glyphs, and line endings last (they change how
 * every other class sees a line). Bullets after furniture would turn a page
 * number "- 2 -" into an item. Blank lines *inserted* at random go in before
 * wrapping, between the document's own lines: one inside a wrapped paragraph
 * after a finished sentence is a paragraph break by every sign a text gives. Wrapping and furniture are never picked
 * together: furniture wraps the text itself, and a text wrapped at two widths
 * (long and short lines alternating) is no extractor's.
 */
import fc from 'fast-check';
import {
  blankLineClass,
  bulletClass,
  furnitureClass,
  glyphClass,
  lineEndClass,
  wrapClass,
  type VarianceClass,
} from './variance.ts';

export const ORDER = [
  bulletClass,
  wrapClass,
  furnitureClass,
  blankLineClass,
  glyphClass,
  lineEndClass,
] as VarianceClass<unknown>[];

const WRAP = ORDER.indexOf(wrapClass as VarianceClass<unknown>);
const FURNITURE = ORDER.indexOf(furnitureClass as VarianceClass<unknown>);

/** The classes picked (names, in `ORDER`) and a plan for each. */
export interface CombinedPlan {
  classes: string[];
  plans: unknown[];
}

export const combinedPlan: fc.Arbitrary<CombinedPlan> = fc
  .uniqueArray(fc.nat(ORDER.length - 1), { minLength: 2, maxLength: 3 })
  .filter((picked) => !(picked.includes(WRAP) && picked.includes(FURNITURE)))
  .chain((picked) => {
    const classes = [...picked].sort((a, b) => a - b).map((i) => ORDER[i]);
    return fc
      .tuple(...classes.map((c) => c.plan))
      .map((plans) => ({ classes: classes.map((c) => c.name), plans }));
  });

/** A text with the plan's classes applied, in `ORDER`. */
export function applyCombined(text: string, { classes, plans }: CombinedPlan): string {
  const steps = classes.map((name, i) => {
    const variance = ORDER.find((c) => c.name === name);
    if (!variance) throw new Error(`no variance class named "${name}"`);
    const inserted =
      variance === blankLineClass && (plans[i] as { mode: string }).mode === 'inserted';
    return {
      variance,
      plan: plans[i],
      rank: inserted
        ? ORDER.indexOf(wrapClass as VarianceClass<unknown>) - 0.5
        : ORDER.indexOf(variance),
    };
  });
  return steps
    .sort((a, b) => a.rank - b.rank)
    .reduce((out, { variance, plan }) => variance.apply(out, plan), text);
}
