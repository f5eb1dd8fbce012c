/** The coverage view's numbers: per-year totals and the CSV rows. Pure. */
import {
  COVERAGE_LABEL,
  programmeYearLabel,
  PROGRAMME_YEARS,
  type CoverageRow,
  type CoverageStatus,
} from './coverage.ts';

const STATUSES: CoverageStatus[] = ['on-site', 'incomplete', 'referred-to', 'missing'];

/** Counts per status for each programme year. */
export function coverageTotals(
  rows: readonly CoverageRow[],
): { year: number; counts: Record<CoverageStatus, number> }[] {
  return PROGRAMME_YEARS.map((year, i) => {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<
      CoverageStatus,
      number
    >;
    for (const row of rows) counts[row.years[i]!.status] += 1;
    return { year, counts };
  });
}

/** Columns and rows of coverage.csv: one row per authority, a status per programme year. */
export function coverageCsvRows(rows: readonly CoverageRow[]): {
  columns: { key: string; label: string }[];
  rows: Record<string, string>[];
} {
  const columns = [
    { key: 'authority', label: 'Authority' },
    { key: 'gss_code', label: 'GSS code' },
    { key: 'region', label: 'Region' },
    ...PROGRAMME_YEARS.map((y) => ({ key: `y${y}`, label: programmeYearLabel(y) })),
  ];
  return {
    columns,
    rows: rows.map((r) => ({
      authority: r.authority.name,
      gss_code: r.authority.gssCode,
      region: r.authority.region,
      ...Object.fromEntries(r.years.map((y) => [`y${y.year}`, y.status])),
    })),
  };
}

export { COVERAGE_LABEL, STATUSES };
