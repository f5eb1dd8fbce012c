/**
 * What Pagefind records for a page (https://pagefind.app/docs/filtering/,
 * /docs/metadata/, /docs/sorts/): filter values are ids where the search URL
 * shows them (`judgement=area-for-development`, `theme=chronologies`) and names
 * where people read them (`authority=Rutland`). Pure, so the search contract is tested.
 */
import type { Finding, SourceDocument } from '../schemas/document.ts';
import { formatDateRange, yearOf } from '../lib/dates.ts';
import { documentShortName, findingTitle, kindLabel } from '../lib/documents.ts';
import { judgementLabel } from '../lib/judgements.ts';

/** Filters, metadata and sort keys of one indexed page. */
export interface SearchRecord {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

function documentRecord(doc: SourceDocument): SearchRecord {
  return {
    filters: { authority: [doc.authority.name], region: [doc.authority.region], year: [String(yearOf(doc.inspection.start))], kind: [doc.kind] },
    meta: { authority: doc.authority.name, date: formatDateRange(doc.inspection), kind: kindLabel(doc.kind) },
    sort: { date: doc.inspection.start },
  };
}

/** A finding page: one search result per finding, with every filter. */
export function findingSearchRecord(doc: SourceDocument, finding: Finding): SearchRecord {
  const base = documentRecord(doc);
  return {
    filters: { judgement: [finding.judgement], theme: finding.themes.map((t) => t.theme), ...base.filters },
    meta: { ...base.meta, title: `${findingTitle(doc, finding)} (${finding.id})`, judgement: judgementLabel(finding.judgement) },
    sort: base.sort,
  };
}

/** A letter page: its narrative text (findings are indexed on their own pages). */
export function documentSearchRecord(doc: SourceDocument): SearchRecord {
  const base = documentRecord(doc);
  return { ...base, meta: { ...base.meta, title: `${kindLabel(doc.kind)}: ${documentShortName(doc)} (text of the ${doc.kind === 'ofsted-letter' ? 'letter' : 'report'})` } };
}

/** Every page Pagefind indexes: each document's text and each of its (current) findings. */
export function indexedSearchRecords(documents: readonly SourceDocument[]): SearchRecord[] {
  return documents.flatMap((doc) => [documentSearchRecord(doc), ...doc.findings.map((finding) => findingSearchRecord(doc, finding))]);
}
