/**
 * CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)
 * for a document and for one finding. CSL-JSON is the pivot: the reference
 * strings, BibTeX, RIS and the `.json` download are all generated from these
 * items by citation-js (./formats.ts), and the Highwire tags from them too.
 * Pure.
 */
import type { Judgement, SourceDocument } from '../../schemas/document.ts';
import { formatDateRange, formatMonthYear } from '../dates.ts';
import { JUDGEMENT_LETTER, judgementLabel } from '../judgements.ts';
import { genre, issuedDate, issuer } from './issuer.ts';
import { absoluteUrl, citePaths, type SiteLocation } from './site-url.ts';

/** The subset of CSL-JSON this site produces. */
export interface CslItem {
  /** Citation key: the document slug or the finding id (stable, so reference managers de-duplicate). */
  id: string;
  /** Always `report`: Zotero, Mendeley and BibTeX (@techreport) all know it. */
  type: 'report';
  title: string;
  /**
   * What an in-text citation or a later note shows when there is no person to
   * name: "Leicester: area for development 3, August 2009", "Leicester: letter
   * on the August 2009 inspection". Without it Zotero cuts the title at its first
   * colon, which leaves "Leicester" for every finding of a letter and the
   * same words for every letter.
   */
  'title-short': string;
  /** One institutional author, as a literal so no style splits it into family/given names. */
  author: [{ literal: string }];
  /** The letter or committee report date. */
  issued: { 'date-parts': [[number, number, number]] | [[number, number]] };
  publisher: string;
  /** "Inspection letter", or which officer reported to which committee. */
  genre: string;
  /**
   * The locator: a finding's permanent id, or the document's slug. Reference
   * managers keep it as the report number; the reference strings leave it out
   * (APA would title-case it, and the URL already carries it).
   */
  number: string;
  /** The canonical page on this site. */
  URL: string;
  language: 'en-GB';
  /** For a finding: its words, so a reference manager keeps what was cited. */
  abstract?: string;
  /** For a finding of a PDF: the page of the original it starts on (RIS `SP`, BibTeX `pages`). */
  page?: string;
}

/** The citation of this site's open data as a whole (no date: the data set changes; the version says which). */
export interface DatasetCsl {
  id: string;
  type: 'dataset';
  title: string;
  author: [{ literal: string }];
  publisher: string;
  version: string;
  URL: string;
  language: 'en-GB';
}

/** A finding as a citation needs it; a registry entry of a retired id fits too. */
export interface CitableFinding {
  id: string;
  judgement: Judgement;
  text: string;
  page?: number;
}

/** `2009-09-02` → `[[2009, 9, 2]]`; month-precision dates keep month precision. */
export function dateParts(iso: string): CslItem['issued'] {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m) throw new Error(`date "${iso}" not understood: expected YYYY-MM-DD or YYYY-MM`);
  return { 'date-parts': d ? [[y, m, d]] : [[y, m]] };
}

/** The citation of a whole letter or council report. */
export function documentCsl(doc: SourceDocument, at: SiteLocation): CslItem {
  const who = issuer(doc);
  return {
    id: doc.slug,
    type: 'report',
    title: doc.title,
    'title-short': documentShortTitle(doc),
    author: [{ literal: who }],
    issued: dateParts(issuedDate(doc)),
    publisher: who,
    genre: genre(doc),
    number: doc.slug,
    URL: absoluteUrl(at, citePaths.document(doc.slug)),
    language: 'en-GB',
  };
}

/** A finding's number within its judgement, from its permanent id (`leicester-2009-08-d3` → 3): ids are never renumbered. */
export function findingNumber(id: string): number {
  const n = new RegExp(`[${Object.values(JUDGEMENT_LETTER).join('')}](\\d+)$`).exec(id)?.[1];
  if (!n)
    throw new Error(
      `finding id "${id}" does not end in a judgement letter and number (e.g. leicester-2009-08-d3)`,
    );
  return Number(n);
}

/** "Leicester: letter on the August 2009 inspection", "Leeds: council report on the January 2011 inspection". */
export function documentShortTitle(doc: SourceDocument): string {
  const what = doc.kind === 'council-report' ? 'council report' : 'letter';
  return `${doc.authority.name}: ${what} on the ${formatMonthYear(doc.inspection.start)} inspection`;
}

/** "Leicester: area for development 3", "Leeds: strength 1 as summarised by the council". */
function findingLabel(doc: SourceDocument, finding: CitableFinding): string {
  const whose = doc.kind === 'council-report' ? ' as summarised by the council' : '';
  const label = judgementLabel(finding.judgement).toLowerCase();
  return `${doc.authority.name}: ${label} ${findingNumber(finding.id)}${whose}`;
}

/**
 * "Leicester: area for development 3, August 2009": the title without the
 * inspection's name and days. The month stays: an authority inspected twice
 * has an "area for development 1" each time.
 */
export function findingShortTitle(doc: SourceDocument, finding: CitableFinding): string {
  return `${findingLabel(doc, finding)}, ${formatMonthYear(doc.inspection.start)}`;
}

/**
 * "Leicester: area for development 3, annual unannounced inspection of
 * contact, referral and assessment arrangements, 11–12 August 2009": what a
 * reader of a bibliography recognises — the place, the judgement and its
 * number, the inspection — with the permanent id kept as the locator
 * (`number`) and in the URL rather than in the title.
 */
export function findingTitle(doc: SourceDocument, finding: CitableFinding): string {
  return `${findingLabel(doc, finding)}, annual unannounced inspection of contact, referral and assessment arrangements, ${formatDateRange(doc.inspection)}`;
}

/** The citation of one finding: the document's, with the finding's title, page and words. */
export function findingCsl(
  doc: SourceDocument,
  finding: CitableFinding,
  at: SiteLocation,
): CslItem {
  return {
    ...documentCsl(doc, at),
    id: finding.id,
    title: findingTitle(doc, finding),
    'title-short': findingShortTitle(doc, finding),
    number: finding.id,
    URL: absoluteUrl(at, citePaths.finding(finding.id)),
    abstract: finding.text,
    ...(finding.page ? { page: String(finding.page) } : {}),
  };
}
