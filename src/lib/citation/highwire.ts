/**
 * Highwire Press `citation_*` meta tags, which Zotero's "Embedded Metadata"
 * translator and Google Scholar read
 * (https://www.zotero.org/support/dev/exposing_metadata). A
 * `citation_technical_report_institution` makes Zotero save the page as a
 * Report rather than a web page. Built from the same CSL item as the
 * downloadable citations, so every format agrees. Pure.
 *
 * No `citation_author`: every author here is a corporate body (Ofsted, a
 * council), and Zotero splits a `citation_author` into a person's first and
 * last name ("Leeds Council" → Leeds, Council). The body is carried as the
 * report's institution and publisher instead, which Zotero keeps whole; the
 * report number is the locator (a finding's id, a document's slug).
 *
 * One tag is not Highwire: `bibo.shortTitle`, the BIBO vocabulary's short
 * title, which Zotero reads from the same meta tags. Without it Zotero makes
 * the short title by cutting the title at its first colon ("Leicester" for
 * every finding of a letter), and styles print the short title in in-text
 * citations of a work with no person as author.
 */
import type { CslItem } from './csl.ts';

/** One `<meta name content>`. */
export interface MetaTag {
  name: string;
  content: string;
}

/** Extra facts the CSL item does not carry. */
export interface HighwireExtras {
  /** The original PDF, when known (source.pdfUrl). */
  pdfUrl?: string;
  /** The page with the document's full text (the letter page, for a finding). */
  fullTextUrl?: string;
}

/** `[[2009, 9, 2]]` → `2009/09/02`, the date form Highwire tags use (month precision: `2009/09`). */
export function highwireDate(issued: CslItem['issued']): string {
  return issued['date-parts'][0]
    .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .join('/');
}

/** The tags for a document or finding page, in a stable order. */
export function highwireTags(item: CslItem, extras: HighwireExtras = {}): MetaTag[] {
  const date = highwireDate(item.issued);
  const tags: [string, string | undefined][] = [
    ['citation_title', item.title],
    ['bibo.shortTitle', item['title-short']],
    ['citation_publication_date', date],
    ['citation_date', date],
    ['citation_technical_report_institution', item.publisher],
    ['citation_technical_report_number', item.number],
    ['citation_publisher', item.publisher],
    ['citation_public_url', item.URL],
    ['citation_abstract_html_url', item.URL],
    ['citation_fulltext_html_url', extras.fullTextUrl ?? item.URL],
    ['citation_pdf_url', extras.pdfUrl],
    ['citation_language', item.language],
    // A finding's own words: without it Zotero keeps the page's description, cut at 200 characters.
    ['citation_abstract', item.abstract],
  ];
  return tags
    .filter((t): t is [string, string] => t[1] !== undefined && t[1] !== '')
    .map(([name, content]) => ({ name, content }));
}
