/**
 * Which inspections the site holds: every authority × programme year (June to
 * May; the programme ran June 2009 – June 2012, so June 2012 counts in 2011–12).
 * The denominator every chart stands on. Pure.
 */
import type { Authority, SourceDocument } from '../../schemas/document.ts';
import { parseIsoDate } from '../dates.ts';

/** Programme years, by the year they start. */
export const PROGRAMME_YEARS = [2009, 2010, 2011] as const;

/** What the site holds for one authority in one programme year. */
export type CoverageStatus = 'on-site' | 'incomplete' | 'referred-to' | 'missing';

/** "2009–10". */
export const programmeYearLabel = (start: number): string =>
  `${start}–${String(start + 1).slice(2)}`;

/** The programme year an inspection date falls in, if any. */
export function programmeYear(iso: string): number | undefined {
  const { year, month } = parseIsoDate(iso);
  const start = month >= 6 ? year : year - 1;
  if (start === 2012 && month === 6) return 2011;
  return (PROGRAMME_YEARS as readonly number[]).includes(start) ? start : undefined;
}

/** One authority's row. */
export interface CoverageRow {
  authority: Authority;
  /** Status per programme year, in PROGRAMME_YEARS order. */
  years: { year: number; status: CoverageStatus; slug?: string }[];
}

/** Rows for every authority, in the given order. Letters decide; a council report alone counts as on the site. */
export function coverage(
  authorities: readonly Authority[],
  documentsByAuthority: ReadonlyMap<string, readonly SourceDocument[]>,
): CoverageRow[] {
  return authorities.map((authority) => {
    const docs = documentsByAuthority.get(authority.slug) ?? [];
    return {
      authority,
      years: PROGRAMME_YEARS.map((year) => {
        const held = docs
          .filter((d) => programmeYear(d.inspection.start) === year)
          .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'ofsted-letter' ? -1 : 1));
        const doc = held[0];
        if (doc)
          return {
            year,
            status:
              held.some((d) => d.incomplete) && !held.some((d) => !d.incomplete)
                ? 'incomplete'
                : 'on-site',
            slug: doc.slug,
          };
        const referred = docs.some(
          (d) => d.previousInspection && programmeYear(d.previousInspection.start) === year,
        );
        return { year, status: referred ? 'referred-to' : 'missing' };
      }),
    };
  });
}

/** Words for a status. */
export const COVERAGE_LABEL: Record<CoverageStatus, string> = {
  'on-site': 'on the site',
  incomplete: 'incomplete',
  'referred-to': 'missing (a later letter refers to it)',
  missing: 'missing',
};
