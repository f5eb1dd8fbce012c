/**
 * "The picture": an authority × theme grid of finding counts per judgement,
 * rows grouped by region. Pure; the picture page renders it at build time.
 * A finding counts once in every theme it carries, so a row's cells can add
 * up to more than the authority's findings.
 */
import type { Authority, Finding, Judgement } from '../schemas/document.ts';
import { countByJudgement, groupBy, sortByKeys } from './group.ts';
import { JUDGEMENT_ORDER, JUDGEMENT_SHAPE, judgementLabel, judgementPlural } from './judgements.ts';

/** What the grid needs of a document. */
export interface GridDocument {
  authority: Authority;
  findings: readonly Pick<Finding, 'judgement' | 'themes'>[];
}

/** One authority's counts per theme, in the order of the themes passed in; undefined where it has none. */
export interface GridRow {
  authority: Authority;
  cells: (Record<Judgement, number> | undefined)[];
}

/** The rows of one region, authorities by name. */
export interface GridRegion {
  region: string;
  rows: GridRow[];
}

/** Rows for every authority with a document, grouped by region (regions and authorities by name). */
export function buildThemeGrid(
  documents: readonly GridDocument[],
  themeIds: readonly string[],
): GridRegion[] {
  const byAuthority = groupBy(documents, (d) => d.authority.slug);
  const authorities = sortByKeys(
    [...byAuthority.values()].map((docs) => docs[0]!.authority),
    (a) => a.region,
    (a) => a.name,
  );
  const rows = authorities.map((authority): GridRow => {
    const findings = byAuthority.get(authority.slug)!.flatMap((d) => d.findings);
    return {
      authority,
      cells: themeIds.map((id) => {
        const tagged = findings.filter((f) => f.themes.some((t) => t.theme === id));
        return tagged.length > 0 ? countByJudgement(tagged) : undefined;
      }),
    };
  });
  return [...groupBy(rows, (r) => r.authority.region)].map(([region, list]) => ({
    region,
    rows: list,
  }));
}

/** A cell's visible text: one "◇2" line per non-zero judgement, in judgement order. */
export const cellText = (counts: Readonly<Record<Judgement, number>>): string =>
  JUDGEMENT_ORDER.filter((j) => counts[j] > 0)
    .map((j) => `${JUDGEMENT_SHAPE[j]}${counts[j]}`)
    .join('\n');

/** The most serious judgement with a finding in the cell (it sets the cell's shading). */
export const mostSerious = (counts: Readonly<Record<Judgement, number>>): Judgement | undefined =>
  JUDGEMENT_ORDER.find((j) => counts[j] > 0);

/**
 * One count in words: "2 (areas for development)". The words are in brackets so a cell's visible
 * numbers ("2 1") still read as one run in its accessible name — the label-in-name check (WCAG 2.5.3;
 * axe's label-content-name-mismatch) leaves bracketed text out — while screen readers say them as usual.
 */
export const describeCount = (judgement: Judgement, n: number): string =>
  `${n} (${(n === 1 ? judgementLabel(judgement) : judgementPlural(judgement)).toLowerCase()})`;

/** "1 (area for development), 2 (strengths)": the non-zero counts in judgement order ("no findings" when none). */
export function describeCounts(counts: Readonly<Record<Judgement, number>>): string {
  const parts = JUDGEMENT_ORDER.filter((j) => counts[j] > 0).map((j) =>
    describeCount(j, counts[j]),
  );
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

/** A cell's accessible text: "Rutland, Chronologies: 1 (area for development), 1 (meets requirements)". */
export const describeCell = (
  authority: string,
  theme: string,
  counts: Readonly<Record<Judgement, number>>,
): string => `${authority}, ${theme}: ${describeCounts(counts)}`;
