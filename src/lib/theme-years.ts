/**
 * A theme × inspection-year table of how many findings of one judgement
 * (e.g. areas for development) carried each theme. Pure. The year is the
 * calendar year the inspection started in, as on the year pages.
 */
import type { DateRange, Finding, Judgement } from '../schemas/document.ts';
import { yearOf } from './dates.ts';

/** What the table needs of a document. */
export interface YearDocument {
  inspection: DateRange;
  findings: readonly Pick<Finding, 'judgement' | 'themes'>[];
}

/** One theme's counts per year (same order as `years`) and in all. */
export interface ThemeYearRow {
  theme: string;
  counts: number[];
  total: number;
}

/** The table for one judgement. */
export interface ThemeYearTable {
  judgement: Judgement;
  /** Every inspection year with a document, ascending. */
  years: number[];
  /** One row per theme, in the order given. */
  rows: ThemeYearRow[];
  /** Findings of this judgement per year, themed or not (a finding can carry several themes, so rows do not add up to this). */
  all: number[];
  /** Documents per year, to read the counts against. */
  documents: number[];
  /** The largest count in any row's year cell (0 when none): the scale for bars. */
  max: number;
}

/** Counts findings of `judgement` per theme and inspection year. */
export function buildThemeYearTable(
  documents: readonly YearDocument[],
  themeIds: readonly string[],
  judgement: Judgement,
): ThemeYearTable {
  const years = [...new Set(documents.map((d) => yearOf(d.inspection.start)))].sort(
    (a, b) => a - b,
  );
  const column = new Map(years.map((y, i) => [y, i]));
  const zeros = (): number[] => years.map(() => 0);
  const byTheme = new Map(themeIds.map((id) => [id, zeros()]));
  const all = zeros();
  const docs = zeros();
  for (const d of documents) {
    const i = column.get(yearOf(d.inspection.start))!;
    docs[i]! += 1;
    for (const f of d.findings) {
      if (f.judgement !== judgement) continue;
      all[i]! += 1;
      for (const id of new Set(f.themes.map((t) => t.theme))) {
        const counts = byTheme.get(id);
        if (counts) counts[i]! += 1;
      }
    }
  }
  const rows = themeIds.map((theme) => {
    const counts = byTheme.get(theme)!;
    return { theme, counts, total: counts.reduce((a, b) => a + b, 0) };
  });
  return {
    judgement,
    years,
    rows,
    all,
    documents: docs,
    max: Math.max(0, ...rows.flatMap((r) => r.counts)),
  };
}
