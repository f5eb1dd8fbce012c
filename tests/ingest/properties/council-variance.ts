/**
 * The variance classes applied to council layouts: those that keep lines
 * whole, wrapping at 60–140 columns as a report is extracted (prose at the
 * page width; a header box's row too wide for it wraps a cell inside its
 * column, never across the columns), and page furniture in that wrapped text
 * with running headers naming the report's own council ("Wakefield Council",
 * "WAKEFIELD COUNCIL", "… – annual unannounced inspection of … arrangements").
 */
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

/** The council a report is about, as its running headers name it. */
function reportCouncil(text: string): string {
  const authority = findAuthorityInText(text, AUTHORITIES);
  if (!authority) throw new Error('council layout names no authority');
  return `${authority.name} Council`;
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
);

export const COUNCIL_CLASSES = [
  ...CLASSES.filter((c) => c !== wrapClass && c !== furnitureClass),
  cellWrapClass,
  councilFurnitureClass,
] as VarianceClass<unknown>[];
