/**
 * The variance classes applied to council layouts: those that keep lines
 * whole, wrapping at 60–140 columns as a report is extracted (prose at the
 * page width; a header box's row too wide for it wraps a cell inside its
 * column, never across the columns), and page furniture in that wrapped text
 * with running headers naming the report's own council ("Wakefield Council",
 * "WAKEFIELD COUNCIL", "… – annual unannounced inspection of … arrangements")
 * and in the report's own style: the council's formal name ("City of
 * Wakefield Metropolitan District Council"), the committee and date of the
 * meeting ("Cabinet – 14 December 2010"), the report's whole title.
 */
import { findDate } from '../../../scripts/ingest/parse/dates.ts';
import { findAuthorityInText } from '../../../scripts/ingest/parse/match-authority.ts';
import { AUTHORITIES } from '../../helpers/seeds.ts';
import {
  CLASSES,
  furnitureClass,
  furnitureClassFor,
  wrap,
  wrapClass,
  type VarianceClass,
} from './variance.ts';

/** The authority a report is about. */
function reportAuthority(text: string): string {
  const authority = findAuthorityInText(text, AUTHORITIES);
  if (!authority) throw new Error('council layout names no authority');
  return authority.name;
}

/** The council a report is about, as its running headers name it. */
function reportCouncil(text: string): string {
  return `${reportAuthority(text)} Council`;
}

/**
 * Each layout's meeting, date and title as its header box writes them (read
 * by hand from tests/fixtures/council-reports/): what its running headers repeat.
 */
const HEADER_BOX: Record<string, { committee: string; date: string; title: string }> = {
  Bradford: {
    committee: 'Executive',
    date: '7 December 2010',
    title: 'Ofsted unannounced inspection of contact, referral and assessment arrangements',
  },
  Kirklees: {
    committee: 'Cabinet',
    date: '14 December 2010',
    title: 'Ofsted unannounced inspection of contact, referral and assessment arrangements',
  },
  Rotherham: {
    committee: 'Cabinet Member for Children and Education Services',
    date: '13 September 2010',
    title: 'Ofsted Unannounced Inspection of Contact, Referral and Assessment Arrangements',
  },
  Sefton: {
    committee: "Cabinet Member - Children's Services",
    date: '7 July 2010',
    title: 'Unannounced inspection of contact, referral and assessment arrangements',
  },
  Wakefield: {
    committee: 'Children and Young People Overview and Scrutiny Committee',
    date: '21 March 2011',
    title:
      'Annual Unannounced Inspection of Contact, Referral and Assessment Arrangements: Outcome',
  },
};

/** "14 December 2010" as a report's running header may write it: "14/12/2010". */
function inFigures(date: string): string {
  const [year, month, day] = findDate(date)!.split('-');
  return `${Number(day)}/${month}/${year}`;
}

/** Running headers in a report's own style: its council's formal names, its meeting and date, its title. */
function reportHeaders(text: string, page: number): string[] {
  const name = reportAuthority(text);
  const box = HEADER_BOX[name];
  if (!box) throw new Error(`no header box read by hand for ${name}: add it to HEADER_BOX`);
  const { committee, date, title } = box;
  return [
    `City of ${name} Metropolitan District Council`,
    `${name} Metropolitan Borough Council`,
    `${name.toUpperCase()} METROPOLITAN BOROUGH COUNCIL - REPORT TO MEMBERS`,
    `City of ${name} Council`,
    `${name} Borough Council – page ${page}`,
    `${committee} – ${date}`,
    `${committee} ${date}`,
    `${committee.toUpperCase()}, ${date.toUpperCase()}`,
    title,
    title.toUpperCase(),
    `${name} Council – ${committee} – ${date}`,
    `${title} – ${name} Council`,
    // Last, so that the fixed cases' kind numbers (council-invariance.test.ts) keep naming the same headers.
    `${committee} ${inFigures(date)}`,
  ];
}

/**
 * A header box's row too wide for the page wraps its widest cell inside its
 * column: the cell's first line stays in the row, the rest go on lines of
 * their own indented to that column (the separators before it, or spaces
 * up to it), as a table's cells wrap when a report is extracted.
 */
function wrapRow(line: string, width: number): string {
  const parts = line.split(/(\t[ \t]*| {3,})/);
  let widest = 0;
  for (let i = 2; i < parts.length; i += 2) if (parts[i].length > parts[widest].length) widest = i;
  const room = Math.max(24, width - (line.length - parts[widest].length));
  const [first, ...rest] = wrap(parts[widest], room).split('\n');
  if (rest.length === 0) return line;
  const before = parts.slice(0, widest).join('');
  const indent = /\t/.test(before) ? before.replace(/[^\t]/g, '') : ' '.repeat(before.length);
  return [
    [...parts.slice(0, widest), first, ...parts.slice(widest + 1)].join(''),
    ...rest.map((r) => indent + r),
  ].join('\n');
}

export const cellWrapClass: VarianceClass<{ width: number; indent: boolean }> = {
  name: 'wrap width 60–140 (box cells wrap inside their column)',
  plan: wrapClass.plan,
  apply: (text, plan) =>
    text
      .split('\n')
      .map((line) =>
        /\S(?:\t| {3,})\S/.test(line)
          ? line.length > plan.width
            ? wrapRow(line, plan.width)
            : line
          : wrapClass.apply(line, plan),
      )
      .join('\n'),
};

export const councilFurnitureClass = furnitureClassFor(
  'page furniture at any line (wrapped, so also mid-sentence)',
  (text, width) => cellWrapClass.apply(text, { width, indent: false }),
  reportCouncil,
  reportHeaders,
  27,
);

export const COUNCIL_CLASSES = [
  ...CLASSES.filter((c) => c !== wrapClass && c !== furnitureClass),
  cellWrapClass,
  councilFurnitureClass,
] as VarianceClass<unknown>[];
