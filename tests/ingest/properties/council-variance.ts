/**
 * The variance classes applied to council layouts: those that keep lines
 * whole, prose wrapping at 60–140 columns (a header box's rows keep their
 * cells, as a table's cells wrap inside their column, not at the page
 * width), and page furniture in that wrapped text with running headers
 * naming the report's own council ("Wakefield Council", "WAKEFIELD COUNCIL",
 * "… – annual unannounced inspection of … arrangements").
 */
import { findAuthorityInText } from '../../../scripts/ingest/parse/match-authority.ts';
import { AUTHORITIES } from '../../helpers/seeds.ts';
import {
  CLASSES,
  furnitureClass,
  furnitureClassFor,
  proseWrapClass,
  wrapClass,
  type VarianceClass,
} from './variance.ts';

/** The council a report is about, as its running headers name it. */
function reportCouncil(text: string): string {
  const authority = findAuthorityInText(text, AUTHORITIES);
  if (!authority) throw new Error('council layout names no authority');
  return `${authority.name} Council`;
}

export const councilFurnitureClass = furnitureClassFor(
  'page furniture at any line (prose wrapped, so also mid-sentence)',
  (text, width) => proseWrapClass.apply(text, { width, indent: false }),
  reportCouncil,
);

export const COUNCIL_CLASSES = [
  ...CLASSES.filter((c) => c !== wrapClass && c !== furnitureClass),
  proseWrapClass,
  councilFurnitureClass,
] as VarianceClass<unknown>[];
