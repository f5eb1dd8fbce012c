/**
 * Every shrunk counterexample the metamorphic tests found while the parser
 * was made invariant, kept as a fixed case: seed, variance class, plan, and
 * what it broke. They must keep parsing like their seed.
 */
import { describe, expect, it } from 'vitest';
import { essentials, parseText, seedText } from '../../helpers/parse-text.ts';
import { CLASSES } from './variance.ts';

const CASES: Array<{ seed: number; cls: string; plan: unknown; broke: string }> = [
  {
    seed: 0,
    cls: 'wrap',
    plan: { width: 60, indent: false },
    broke: 'a wrapped copy-list line "Leicester City" was taken for a running header',
  },
  {
    seed: 0,
    cls: 'page',
    plan: { width: 60, inserts: [{ at: 0, kind: 0, blanks: false }] },
    broke: 'the same, with a page number at the top',
  },
  {
    seed: 1,
    cls: 'wrap',
    plan: { width: 85, indent: false },
    broke:
      'the title\'s second line "City of London Council children\'s services" was taken for a running header',
  },
  {
    seed: 3,
    cls: 'bullets',
    plan: { style: 18, inline: 0, sub: 0, lead: 0 },
    broke: 'the tenth lettered item "j." was not a marker, so two findings merged',
  },
  {
    seed: 0,
    cls: 'page',
    plan: { width: 65, inserts: [{ at: 71968, kind: 8, blanks: true }] },
    broke:
      "a running header inside the signature's wrapped alt text left the rest of the alt text as the signatory",
  },
  {
    seed: 3,
    cls: 'page',
    plan: {
      width: 64,
      inserts: [
        { at: 57098, kind: 0, blanks: true },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'a page break between two sentences of one item split the finding',
  },
  {
    seed: 4,
    cls: 'blank',
    plan: { mode: 'none', at: [] },
    broke: 'without blank lines the report date merged with the committee name',
  },
  {
    seed: 4,
    cls: 'bullets',
    plan: { style: 0, inline: 0, sub: 0, lead: 2 },
    broke: '"• (1) …" sub-items: the bullet hid the numbered marker',
  },
  {
    seed: 2,
    cls: 'page',
    plan: {
      width: 60,
      inserts: [
        { at: 51360, kind: 0, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'a page number inside the wrapped title: "no such title found"',
  },
  {
    seed: 3,
    cls: 'page',
    plan: {
      width: 95,
      inserts: [
        { at: 6786, kind: 8, blanks: false },
        { at: 99986, kind: 0, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      'the same: the council read as "Rutland Page 3 of 4 County Council", so its running header became a finding',
  },
  {
    seed: 4,
    cls: 'page',
    plan: {
      width: 60,
      inserts: [
        { at: 4, kind: 0, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: "a page number between the report's two authors lost the second",
  },
  {
    seed: 2,
    cls: 'page',
    plan: {
      width: 60,
      inserts: [
        { at: 58698, kind: 0, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'a closing formula wrapped over lines, after a page break, joined the last finding',
  },
  {
    seed: 3,
    cls: 'page',
    plan: {
      width: 62,
      inserts: [
        { at: 30234, kind: 8, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'the same in another letter',
  },
  {
    seed: 2,
    cls: 'page',
    plan: { width: 94, inserts: [{ at: 21653, kind: 0, blanks: true }] },
    broke: 'a page break inside the title made its second line look like a running header',
  },
  {
    seed: 0,
    cls: 'page',
    plan: {
      width: 60,
      inserts: [
        { at: 2533, kind: 14, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      'the whole title, which page one wraps over lines, repeated as a running header on one line inside a finding, was kept as its text',
  },
  {
    seed: 1,
    cls: 'page',
    plan: { width: 60, inserts: [{ at: 7195, kind: 14, blanks: false }] },
    broke: 'the same in another letter, with no page number',
  },
  {
    seed: 2,
    cls: 'page',
    plan: { width: 60, inserts: [{ at: 6777, kind: 14, blanks: false }] },
    broke: 'the same in another letter',
  },
  {
    seed: 3,
    cls: 'page',
    plan: {
      width: 60,
      inserts: [
        { at: 21120, kind: 14, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'the same in another letter',
  },
  {
    seed: 0,
    cls: 'page',
    plan: { width: 64, inserts: [{ at: 1338, kind: 14, blanks: false }] },
    broke: 'the same, with page one wrapping the title between "children\'s" and "services"',
  },
  {
    seed: 4,
    cls: 'page',
    plan: {
      width: 60,
      inserts: [
        { at: 62894, kind: 15, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      'the council report\'s meeting and date as a running header ("Executive Board 9th March 2011") inside a finding was kept as its text',
  },
  {
    seed: 4,
    cls: 'page',
    plan: {
      width: 64,
      inserts: [
        { at: 3062, kind: 15, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'the same at 64 columns',
  },
];

describe('shrunk counterexamples, fixed', () => {
  it.each(CASES.map((c) => ({ ...c, label: `${c.seed} ${c.cls} ${JSON.stringify(c.plan)}` })))(
    'seed $label ($broke)',
    ({ seed, cls, plan }) => {
      const variance = CLASSES.find((c) => c.name.startsWith(cls))!;
      const text = seedText(seed);
      expect(essentials(parseText(variance.apply(text, plan)))).toEqual(
        essentials(parseText(text)),
      );
    },
  );
});
