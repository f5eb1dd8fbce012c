/**
 * Every pair of consecutive inspections of one authority that both have an
 * Ofsted letter on the site, with each earlier finding's follow-up, and the
 * indexes pages need: by earlier finding, by later finding, by authority.
 * Council reports are the council's words, not Ofsted's judgement, so pairs are
 * made of letters only. Computed once per build (src/data.ts). Pure.
 */
import type { SourceDocument } from '../../schemas/document.ts';
import { compareDocuments } from '../documents.ts';
import { monthKey } from '../dates.ts';
import { linkInspection, statesPreviousAs, type FollowUp } from './link-inspection.ts';

/** Two consecutive inspections' letters and what became of the earlier findings. */
export interface InspectionPair {
  earlier: SourceDocument;
  later: SourceDocument;
  /** The later letter's "previous inspection" is the earlier one (or it names none), so its statements apply. */
  statesPrevious: boolean;
  /** One per earlier finding, in its order. */
  followUps: FollowUp[];
}

/** The pairs and their indexes. */
export interface FollowUpIndex {
  pairs: InspectionPair[];
  /** Follow-up of an earlier finding, by its id. */
  next: Map<string, FollowUp>;
  /** Follow-ups that point at a later finding, by the later finding's id. */
  previous: Map<string, FollowUp[]>;
  /** Pairs by authority slug, oldest first. */
  byAuthority: Map<string, InspectionPair[]>;
}

/** Pairs of consecutive letters (by inspection month) among one authority's documents. */
export function letterPairs(docs: readonly SourceDocument[]): [SourceDocument, SourceDocument][] {
  const letters = docs.filter((d) => d.kind === 'ofsted-letter').sort(compareDocuments);
  const firstPerMonth = letters.filter(
    (d, i) =>
      i === 0 || monthKey(letters[i - 1]!.inspection.start) !== monthKey(d.inspection.start),
  );
  return firstPerMonth.slice(1).map((later, i) => [firstPerMonth[i]!, later]);
}

/** Builds every pair; `narrativeOf(slug)` gives a document's narrative sentences (asked only for later letters). */
export function buildFollowUps(
  documentsByAuthority: ReadonlyMap<string, readonly SourceDocument[]>,
  narrativeOf: (slug: string) => readonly string[],
): FollowUpIndex {
  const index: FollowUpIndex = {
    pairs: [],
    next: new Map(),
    previous: new Map(),
    byAuthority: new Map(),
  };
  for (const [authority, docs] of documentsByAuthority) {
    for (const [earlier, later] of letterPairs(docs)) {
      const pair = {
        earlier,
        later,
        statesPrevious: statesPreviousAs(later, earlier),
        followUps: linkInspection(earlier, later, narrativeOf(later.slug)),
      };
      index.pairs.push(pair);
      index.byAuthority.set(authority, [...(index.byAuthority.get(authority) ?? []), pair]);
      for (const f of pair.followUps) {
        index.next.set(f.from, f);
        if (f.to) index.previous.set(f.to, [...(index.previous.get(f.to) ?? []), f]);
      }
    }
  }
  return index;
}
