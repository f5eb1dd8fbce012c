/** Names, dates and labels of documents (letters and council reports). Pure. */
import type { DocumentKind, Finding, SourceDocument } from '../schemas/document.ts';
import { formatMonthYearShort } from './dates.ts';
import { judgementLabel } from './judgements.ts';

/** "Ofsted letter" / "Council report". */
export const kindLabel = (kind: DocumentKind): string =>
  kind === 'ofsted-letter' ? 'Ofsted letter' : 'Council report';

/** The document's own date: the letter date or the committee report date. */
export const documentDate = (doc: SourceDocument): string =>
  doc.kind === 'ofsted-letter' ? doc.letterDate : doc.reportDate;

/** "Leicester, Aug 2009", or "Leeds, Jan 2011 (council report)": names a document by its inspection. */
export function documentShortName(doc: SourceDocument): string {
  const name = `${doc.authority.name}, ${formatMonthYearShort(doc.inspection.start)}`;
  return doc.kind === 'council-report' ? `${name} (council report)` : name;
}

/** Title of a finding's page, without the site name: "Area for development — Leicester, Aug 2009". */
export const findingTitle = (doc: SourceDocument, finding: Pick<Finding, 'judgement'>): string =>
  `${judgementLabel(finding.judgement)} — ${documentShortName(doc)}`;

/** Shortens text to at most `max` characters at a word boundary, adding "…". */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const kindRank = (kind: DocumentKind): number => (kind === 'ofsted-letter' ? 0 : 1);

/** Sorts documents by inspection start, Ofsted letters before council reports, then slug. */
export function compareDocuments(a: SourceDocument, b: SourceDocument): number {
  return (
    a.inspection.start.localeCompare(b.inspection.start) ||
    kindRank(a.kind) - kindRank(b.kind) ||
    a.slug.localeCompare(b.slug)
  );
}

/** What a document slug says on its own (`leeds-2011-01-council-report`): for ids whose document has gone. */
export interface SlugParts {
  authoritySlug: string;
  inspectionMonth: string;
  kind: DocumentKind;
}

/** Splits `<authority>-<YYYY-MM>[-council-report]`; undefined when the slug has another shape. */
export function parseDocumentSlug(slug: string): SlugParts | undefined {
  const m = /^([a-z0-9-]+)-(\d{4}-\d{2})(-council-report)?$/.exec(slug);
  if (!m) return undefined;
  return {
    authoritySlug: m[1]!,
    inspectionMonth: m[2]!,
    kind: m[3] ? 'council-report' : 'ofsted-letter',
  };
}
