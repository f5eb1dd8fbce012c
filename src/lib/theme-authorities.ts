/**
 * A theme page's per-authority breakdown: one row per authority with findings
 * on the theme, its counts per judgement and those findings' ids. Pure.
 * Each row's anchor (`authority-<slug>`) is what the picture grid links to.
 */
import type { Authority, Finding, Judgement } from '../schemas/document.ts';
import { countByJudgement, groupBy, sortByKeys } from './group.ts';
import { compareJudgements } from './judgements.ts';
import { authorityAnchor } from './urls.ts';

/** A finding with what the breakdown needs of its document. */
export interface AuthorityFindingRef {
  finding: Pick<Finding, 'id' | 'judgement'>;
  doc: { authority: Authority; inspection: { start: string } };
}

/** One authority's row. */
export interface AuthorityRow {
  authority: Authority;
  /** The row's element id, `authority-<slug>`. */
  anchor: string;
  counts: Record<Judgement, number>;
  /** Finding ids in judgement order, then inspection date, then document order. */
  findingIds: string[];
}

/** One row per authority that has a finding in `refs`, authorities by name. */
export function buildAuthorityRows(refs: readonly AuthorityFindingRef[]): AuthorityRow[] {
  const sorted = sortByKeys(refs, (r) => r.doc.authority.name);
  return [...groupBy(sorted, (r) => r.doc.authority.slug).values()].map((list) => {
    const ordered = [...list].sort(
      (a, b) =>
        compareJudgements(a.finding.judgement, b.finding.judgement) ||
        a.doc.inspection.start.localeCompare(b.doc.inspection.start),
    );
    return {
      authority: list[0]!.doc.authority,
      anchor: authorityAnchor(list[0]!.doc.authority.slug),
      counts: countByJudgement(list.map((r) => r.finding)),
      findingIds: ordered.map((r) => r.finding.id),
    };
  });
}
