/**
 * Accessible names for the picture grid's ~3,800 cells without repeating the
 * words in every cell: each link's `aria-labelledby` lists short ids of
 * phrases kept once in a hidden list ("Derby,", "Chronologies:", "5 (areas for
 * development),"), so its name reads "Derby, Chronologies: 5 (areas for
 * development), 2 (strengths)" — the same text as describeCell. Referenced hidden
 * elements count for accessible names: https://www.w3.org/TR/accname-1.2/#comp_labelledby
 * Pure.
 */
import type { Judgement } from '../schemas/document.ts';
import { describeCount, type GridRegion } from './theme-grid.ts';
import { JUDGEMENT_LETTER, JUDGEMENT_ORDER } from './judgements.ts';

/** A phrase of the hidden list. */
export interface LabelPhrase {
  id: string;
  text: string;
}

/** Id of the phrase for `n` findings of a judgement; `more` when another count follows (the phrase ends with a comma). */
const countId = (j: Judgement, n: number, more: boolean): string =>
  `${JUDGEMENT_LETTER[j]}${n}${more ? 'c' : ''}`;

/** The ids a cell's aria-labelledby lists: authority (by row number from 0), theme (by column), then each non-zero count. */
export function cellLabelIds(
  row: number,
  column: number,
  counts: Readonly<Record<Judgement, number>>,
): string {
  const present = JUDGEMENT_ORDER.filter((j) => counts[j] > 0);
  return [
    `a${row}`,
    `t${column}`,
    ...present.map((j, i) => countId(j, counts[j], i < present.length - 1)),
  ].join(' ');
}

/** Every phrase the grid's cells refer to: rows numbered in order across regions, columns in theme order. */
export function labelPhrases(
  regions: readonly GridRegion[],
  themeLabels: readonly string[],
): LabelPhrase[] {
  const rows = regions.flatMap((r) => r.rows);
  const phrases = new Map<string, string>();
  rows.forEach((r, i) => phrases.set(`a${i}`, `${r.authority.name},`));
  themeLabels.forEach((label, i) => phrases.set(`t${i}`, `${label}:`));
  for (const counts of rows.flatMap((r) => r.cells)) {
    if (!counts) continue;
    const present = JUDGEMENT_ORDER.filter((j) => counts[j] > 0);
    present.forEach((j, i) => {
      const more = i < present.length - 1;
      const text = describeCount(j, counts[j]);
      phrases.set(countId(j, counts[j], more), more ? `${text},` : text);
    });
  }
  return [...phrases].map(([id, text]) => ({ id, text }));
}
