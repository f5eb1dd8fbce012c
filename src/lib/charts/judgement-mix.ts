/**
 * Findings per letter by judgement for groups of letters (a year, a region, a
 * theme): normalised per letter, because the groups hold very different
 * numbers of letters. Only Ofsted letters count: a council report restates its
 * letter's findings, so counting it would count them twice. Pure.
 */
import type { Finding, Judgement, SourceDocument } from '../../schemas/document.ts';
import { JUDGEMENT_ORDER } from '../judgements.ts';
import { MIN_LETTERS, rate, type Rate } from './rates.ts';

/** One group's findings per letter under one judgement. */
export interface MixRow {
  /** The group ("2011", "East Midlands", a theme label). */
  group: string;
  judgement: Judgement;
  /** k: findings; n: letters; value: findings per letter. */
  rate: Rate;
}

/** A group of letters, and which of their findings count (all, or one theme's). */
export interface MixGroup {
  group: string;
  letters: readonly SourceDocument[];
  counts?: (finding: Finding) => boolean;
}

/** Rows in group order, judgements in display order within each group. */
export function judgementMix(groups: readonly MixGroup[]): MixRow[] {
  return groups.flatMap(({ group, letters, counts = () => true }) => {
    const ofsted = letters.filter((d) => d.kind === 'ofsted-letter');
    const findings = ofsted.flatMap((d) => d.findings).filter(counts);
    return JUDGEMENT_ORDER.map((judgement) => ({
      group,
      judgement,
      rate: rate(
        findings.filter((f) => f.judgement === judgement).length,
        ofsted.length,
        MIN_LETTERS,
      ),
    }));
  });
}
