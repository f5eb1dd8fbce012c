/**
 * Who issued a document and when, as a citation needs it. An Ofsted letter is
 * Ofsted's report; a council committee report is the council's own, so the
 * council is its author and publisher (never Ofsted: the words are the council's).
 */
import type { SourceDocument } from '../../schemas/document.ts';
export { documentDate as issuedDate } from '../documents.ts';

/** Ofsted as an institutional author. */
export const OFSTED = 'Ofsted';

/**
 * The council's name. Letters name it in their title ("…: Leicester City
 * Council"), so we use Ofsted's own words; a council report takes the name a
 * letter to the same authority gives (`council`, set by ingest), and without
 * one "<name> Council" is the best the data allows.
 */
export function councilName(doc: SourceDocument): string {
  if (doc.kind === 'council-report') return doc.council ?? `${doc.authority.name} Council`;
  return /:\s*([^:]+\bCouncil)\s*$/.exec(doc.title)?.[1] ?? `${doc.authority.name} Council`;
}

/** Author and publisher of the document: Ofsted for letters, the council for its own reports. */
export const issuer = (doc: SourceDocument): string =>
  doc.kind === 'ofsted-letter' ? OFSTED : councilName(doc);

/** What kind of report it is, as reference styles print it ("[Inspection letter]" in APA). */
export function genre(doc: SourceDocument): string {
  if (doc.kind === 'ofsted-letter') return 'Inspection letter';
  return `Report of the ${doc.reportOf} to the ${doc.committee}`;
}
