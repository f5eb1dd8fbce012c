/**
 * What Pagefind records for a page (https://pagefind.app/docs/filtering/,
 * /docs/metadata/, /docs/sorts/): filter values are ids where the search URL
 * shows them (`judgement=area-for-development`, `theme=chronologies`) and names
 * where people read them (`authority=Rutland`). Pure, so the search contract is tested.
 */
import type { Finding, SourceDocument } from '../schemas/document.ts';
import { formatDateRange, yearOf } from '../lib/dates.ts';
import { documentShortName, kindLabel } from '../lib/documents.ts';
import { judgementLabel } from '../lib/judgements.ts';

/** Filters, metadata and sort keys of one indexed page. */
export interface SearchRecord {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

function documentRecord(doc: SourceDocument): SearchRecord {
  return {
    filters: {
      authority: [doc.authority.name],
      region: [doc.authority.region],
      year: [String(yearOf(doc.inspection.start))],
      kind: [doc.kind],
    },
    meta: {
      authority: doc.authority.name,
      date: formatDateRange(doc.inspection),
      kind: kindLabel(doc.kind),
    },
    sort: { date: doc.inspection.start },
  };
}

/** A finding page: one search result per finding, with every filter. */
export function findingSearchRecord(doc: SourceDocument, finding: Finding): SearchRecord {
  const base = documentRecord(doc);
  return {
    filters: {
      judgement: [finding.judgement],
      theme: finding.themes.map((t) => t.theme),
      ...base.filters,
    },
    // `text`: the finding's own words, shown whole in a result (an excerpt would repeat the title, which is indexed too).
    meta: {
      ...base.meta,
      title: `${documentShortName(doc)} — finding ${finding.id}`,
      judgement: judgementLabel(finding.judgement),
      id: finding.id,
      text: finding.text,
    },
    sort: base.sort,
  };
}

/** Every page Pagefind indexes: each (current) finding's page. Letter pages are not indexed: search is of findings. */
export function indexedSearchRecords(documents: readonly SourceDocument[]): SearchRecord[] {
  return documents.flatMap((doc) =>
    doc.findings.map((finding) => findingSearchRecord(doc, finding)),
  );
}
