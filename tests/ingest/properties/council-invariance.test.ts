/**
 * Metamorphic property tests over council layouts: each council report
 * fixture (tests/fixtures/council-reports/), transformed by each variance
 * class (council-variance.ts: blank lines, glyphs, bullets, line endings and
 * form feeds, wrapping at 60–140 columns with a header box's cells wrapped
 * inside their columns, and page furniture naming the report's council at
 * any line of the wrapped text, running headers in the report's own style
 * among it: formal names, meeting and date, whole title), parses to the same
 * metadata and findings as the fixture itself. The random seed is printed;
 * rerun a failure with FC_SEED=<seed>, more cases with FC_COUNCIL_RUNS=<n>.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { essentials, parseText } from '../../helpers/parse-text.ts';
import { ROOT } from '../../helpers/seeds.ts';
import { COUNCIL_CLASSES } from './council-variance.ts';

const FC_SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FC_COUNCIL_RUNS ?? 50);
console.log(
  `council layout metamorphic tests: fast-check seed ${FC_SEED} (FC_SEED=${FC_SEED} to rerun), ${RUNS} cases per class per layout`,
);

const DIR = join(ROOT, 'tests/fixtures/council-reports');
const LAYOUTS = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe.each(LAYOUTS)('%s', (name) => {
  const text = readFileSync(join(DIR, name), 'utf8');
  const baseline = essentials(parseText(text, name));
  it.each(COUNCIL_CLASSES.map((c) => ({ c, label: c.name })))(
    'is invariant under $label',
    ({ c }) => {
      fc.assert(
        fc.property(c.plan, (plan) => {
          expect(essentials(parseText(c.apply(text, plan), name))).toEqual(baseline);
        }),
        { seed: FC_SEED, numRuns: RUNS },
      );
    },
  );
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
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'wrap width 60–140 (box cells wrap inside their column)',
    plan: { width: 60, indent: false },
    broke: 'the title wrapped after "… Referral and" lost "Assessment Arrangements: Outcome"',
  },
  {
    layout: 'bradford-executive.txt',
    cls: 'wrap width 60–140 (box cells wrap inside their column)',
    plan: { width: 60, indent: false },
    broke: 'the "Subject:" value wrapped after "… referral and" lost "assessment arrangements"',
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 60, inserts: [{ at: 0, kind: 0, blanks: false }] },
    broke: 'the title wrapped at 60 columns, a page number on the first line, lost its tail',
  },
  {
    layout: 'bradford-executive.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 60, inserts: [{ at: 0, kind: 8, blanks: false }] },
    broke:
      'a running header "Bradford Council" inside the contact box was read as a second line of the author\'s name',
  },
  {
    layout: 'rotherham-cabinet-member.txt',
    cls: 'wrap width 60–140 (box cells wrap inside their column)',
    plan: { width: 60, indent: false },
    broke: 'the "Meeting:" cell wrapped inside its column ("→→Services") lost its last word',
  },
  {
    layout: 'rotherham-cabinet-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 60, inserts: [{ at: 0, kind: 0, blanks: false }] },
    broke: 'the same, with a page number on the first line',
  },
  {
    layout: 'sefton-executive-member.txt',
    cls: 'wrap width 60–140 (box cells wrap inside their column)',
    plan: { width: 60, indent: false },
    broke:
      'the committee, title and "Report of:" cells, wrapped inside their columns (the title in the middle one), lost their tails',
  },
  {
    layout: 'sefton-executive-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 60, inserts: [{ at: 0, kind: 0, blanks: false }] },
    broke: 'the same, with a page number on the first line',
  },
  {
    layout: 'sefton-executive-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 67, inserts: [{ at: 2198, kind: 8, blanks: false }] },
    broke:
      'a running header "Sefton Council" inside the one sentence naming the programme whole (the "Subject:" cell wrapped in its column): not recognised as a report',
  },
  {
    layout: 'sefton-executive-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 81, inserts: [{ at: 32027, kind: 12, blanks: false }] },
    broke: 'the same with "Sefton Council children\'s services, Ofsted letter"',
  },
  {
    layout: 'bradford-executive.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 61883, kind: 16, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      'a running header "BRADFORD METROPOLITAN BOROUGH COUNCIL - REPORT TO MEMBERS" inside a finding was kept as its text',
  },
  {
    layout: 'kirklees-cabinet.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 62,
      inserts: [
        { at: 74985, kind: 16, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'the same in Kirklees',
  },
  {
    layout: 'rotherham-cabinet-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 53397, kind: 14, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      'a running header "City of Rotherham Metropolitan District Council" inside a finding was kept as its text',
  },
  {
    layout: 'sefton-executive-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 42335, kind: 16, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: '"SEFTON METROPOLITAN BOROUGH COUNCIL - REPORT TO MEMBERS" inside a finding',
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 23777, kind: 16, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: '"WAKEFIELD METROPOLITAN BOROUGH COUNCIL - REPORT TO MEMBERS" inside a finding',
  },
  {
    layout: 'bradford-executive.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 61883, kind: 19, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      'a running header "Executive – 7 December 2010" (the meeting and date of the header box) inside a finding was kept as its text',
  },
  {
    layout: 'bradford-executive.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 69, inserts: [{ at: 9810, kind: 19, blanks: false }] },
    broke: 'the same at 69 columns, with no page number',
  },
  {
    layout: 'kirklees-cabinet.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 62,
      inserts: [
        { at: 74985, kind: 19, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: '"Cabinet – 14 December 2010" inside a finding',
  },
  {
    layout: 'rotherham-cabinet-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 35685, kind: 19, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      '"Cabinet Member for Children and Education Services – 13 September 2010" inside a finding',
  },
  {
    layout: 'rotherham-cabinet-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 35685, kind: 21, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      'the same in capitals with a comma: "CABINET MEMBER FOR CHILDREN AND EDUCATION SERVICES, 13 SEPTEMBER 2010"',
  },
  {
    layout: 'sefton-executive-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 42335, kind: 19, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: '"Cabinet Member - Children\'s Services – 7 July 2010" inside a finding',
  },
  {
    layout: 'sefton-executive-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 60, inserts: [{ at: 13774, kind: 19, blanks: true }] },
    broke: 'the same between blank lines',
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 23777, kind: 19, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      '"Children and Young People Overview and Scrutiny Committee – 21 March 2011" inside a finding',
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 21922, kind: 22, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      "the report's whole title, which page one wraps over two lines, as a running header inside a finding",
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 15061, kind: 22, blanks: true },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'the same between blank lines',
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 21922, kind: 23, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'the same in capitals',
  },
  {
    layout: 'rotherham-cabinet-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 19325, kind: 24, blanks: true },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      '"Rotherham Council – Cabinet Member for Children and Education Services – 13 September 2010" (the council, the meeting and its date) inside a finding',
  },
  {
    layout: 'rotherham-cabinet-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 61, inserts: [{ at: 25782, kind: 24, blanks: false }] },
    broke: 'the same at 61 columns, with no blank lines',
  },
  {
    layout: 'sefton-executive-member.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 4294, kind: 24, blanks: true },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'the same in Sefton',
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 64824, kind: 24, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke: 'the same in Wakefield',
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 18309, kind: 25, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      'the whole title and the council: "Annual Unannounced … Arrangements: Outcome – Wakefield Council"',
  },
  {
    layout: 'wakefield-scrutiny.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: {
      width: 60,
      inserts: [
        { at: 64824, kind: 26, blanks: false },
        { at: 0, kind: 0, blanks: false },
      ],
    },
    broke:
      'the meeting with its date in figures ("… Scrutiny Committee 21/03/2011") inside a finding',
  },
  {
    layout: 'bradford-executive.txt',
    cls: 'page furniture at any line (wrapped, so also mid-sentence)',
    plan: { width: 69, inserts: [{ at: 9810, kind: 26, blanks: false }] },
    broke: 'the same in Bradford: "Executive 7/12/2010"',
  },
];

describe('fixed cases', () => {
  it.each(FIXED)('$layout: $broke', ({ layout, cls, plan }) => {
    const text = readFileSync(join(DIR, layout), 'utf8');
    const variance = COUNCIL_CLASSES.find((c) => c.name === cls)!;
    const variant = variance.apply(text, plan);
    expect(variant).not.toBe(text);
    expect(essentials(parseText(variant, layout))).toEqual(essentials(parseText(text, layout)));
  });
});
