/**
 * The follow-up of each finding as findings.csv/json columns: the link's
 * outcome, basis, target and reason in words. Pure.
 */
import type { NextLookup } from '../open-data/finding-rows.ts';
import type { FollowUp } from './link-inspection.ts';
import { followUpReason } from './reason.ts';

/** A lookup for findingRows over the build's follow-ups. */
export function nextColumnsOf(
  next: ReadonlyMap<string, FollowUp>,
  themeLabel: (id: string) => string,
): NextLookup {
  return (id) => {
    const f = next.get(id);
    return (
      f && {
        outcome: f.outcome,
        basis: f.basis,
        document: f.laterDocument,
        finding: f.to ?? null,
        reason: followUpReason(f, themeLabel),
      }
    );
  };
}
