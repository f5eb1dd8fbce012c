/**
 * Links a council report's findings to the findings of Ofsted's letter about the
 * same inspection, and back: reports mostly quote or closely paraphrase the
 * letter, so words alone decide (the same test as between inspections). Pure.
 */
import type { SourceDocument } from '../../schemas/document.ts';
import { monthKey } from '../dates.ts';
import { bestMatch } from './match-findings.ts';

/** Links both ways, by finding id. */
export interface SameInspectionLinks {
  /** Report finding id → the letter finding it reports. */
  toLetter: Map<string, string>;
  /** Letter finding id → report findings that report it. */
  toReports: Map<string, string[]>;
}

/** Links every council report of the corpus to its inspection's letter, finding by finding. */
export function linkCouncilReports(
  documentsByAuthority: ReadonlyMap<string, readonly SourceDocument[]>,
): SameInspectionLinks {
  const links: SameInspectionLinks = { toLetter: new Map(), toReports: new Map() };
  for (const docs of documentsByAuthority.values()) {
    for (const report of docs.filter((d) => d.kind === 'council-report')) {
      const letter = docs.find(
        (d) =>
          d.kind === 'ofsted-letter' &&
          monthKey(d.inspection.start) === monthKey(report.inspection.start),
      );
      if (!letter) continue;
      for (const finding of report.findings) {
        const m = bestMatch(
          finding,
          letter.findings.filter((f) => f.judgement === finding.judgement),
        );
        if (!m) continue;
        links.toLetter.set(finding.id, m.item.id);
        links.toReports.set(m.item.id, [...(links.toReports.get(m.item.id) ?? []), finding.id]);
      }
    }
  }
  return links;
}
