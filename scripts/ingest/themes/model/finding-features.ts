/**
 * The words a theme model reads in a finding. Pure.
 *
 * A finding becomes a set of features: its word stems (Porter, via `stemmer`),
 * each pair of neighbouring stems once small function words are left out
 * ("quality_assess" for "quality of assessments"), its judgement and the themes
 * the rules gave it. Stems let "assessment", "assessments" and "assessed" count as
 * one word; pairs let the model tell "parenting capacity" from "team capacity";
 * the rules' themes let it learn which rule tags labellers agree with.
 */
import { stemmer } from 'stemmer';

/** Words too common to say anything about a theme; left out before pairs are formed. */
const STOP = new Set(
  'a all also an and are as at be been by for from had has have in into is it its more most not of on only or so some than that the their there they this to was were when where which who whose with'.split(
    ' ',
  ),
);

/** A word of a finding: where it is in the text and its stem. */
export interface Word {
  start: number;
  end: number;
  stem: string;
}

const WORD = /[A-Za-z]+/g;
// Findings share most of their words: each word is stemmed once per run.
const stems = new Map<string, string>();
const stemOf = (lower: string) => stems.get(lower) ?? stems.set(lower, stemmer(lower)).get(lower)!;

/** The finding's content words in order, with their places in the text (for "tagged because"). */
export function contentWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (!STOP.has(lower))
      words.push({ start: m.index, end: m.index + m[0].length, stem: stemOf(lower) });
  }
  return words;
}

/** Feature names: a stem, `stem_stem` for neighbours, `J:judgement`, `R:theme` for a rule tag. */
export function findingFeatures(
  text: string,
  judgement: string | undefined,
  ruleThemes: Iterable<string>,
  words: readonly Word[] = contentWords(text),
): string[] {
  const stems = words.map((w) => w.stem);
  const features = new Set(stems);
  for (let i = 1; i < stems.length; i++) features.add(`${stems[i - 1]}_${stems[i]}`);
  if (judgement) features.add(`J:${judgement}`);
  for (const theme of ruleThemes) features.add(`R:${theme}`);
  return [...features];
}
