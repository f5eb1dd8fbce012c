/**
 * An Atom feed (RFC 4287) of documents, newest first, written line by line
 * (./xml-lines.ts). Deterministic: every date is a document's own date,
 * and the feed's `updated` is the newest of them, never the build time. Pure.
 * A build writes the site's feed and one per theme and per authority (every
 * document appears in several), so each document's entry is written once per
 * site address and reused as text: only its summary differs between feeds
 * (xmlbuilder2, which built a DOM per feed, took 2 s of an N = 500 build).
 */
import type { SourceDocument } from '../../schemas/document.ts';
import { issuer } from '../citation/issuer.ts';
import { absoluteUrl, citePaths, type SiteLocation } from '../citation/site-url.ts';
import { formatDate, formatDateRange } from '../dates.ts';
import { documentDate, kindLabel } from '../documents.ts';
import { countByJudgement } from '../group.ts';
import { JUDGEMENT_ORDER, judgementLabel, judgementPlural } from '../judgements.ts';
import { OGL } from './licence.ts';
import { XmlLines, type XmlEscaping } from './xml-lines.ts';

/** Atom timestamps are RFC 3339 date-times: a document's date at midnight UTC. */
const atomDate = (iso: string): string => `${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`;

/** Newest first, then by slug, so the order never depends on input order. */
const newestFirst = (a: SourceDocument, b: SourceDocument): number =>
  documentDate(b).localeCompare(documentDate(a)) || a.slug.localeCompare(b.slug);

/** "Ofsted letter of 2 September 2009 on the inspection of 11–12 August 2009 (Leicester, East Midlands): 3 areas for development, …". */
export function documentSummary(doc: SourceDocument): string {
  const counts = countByJudgement(doc.findings);
  const parts = JUDGEMENT_ORDER.filter((j) => counts[j] > 0).map(
    (j) =>
      `${counts[j]} ${(counts[j] === 1 ? judgementLabel(j) : judgementPlural(j)).toLowerCase()}`,
  );
  const what = `${kindLabel(doc.kind)} of ${formatDate(documentDate(doc))} on the inspection of ${formatDateRange(doc.inspection)} (${doc.authority.name}, ${doc.authority.region})`;
  return parts.length > 0 ? `${what}: ${parts.join(', ')}.` : `${what}.`;
}

/** Which feed: the whole site's (the default), or one theme's or authority's. */
export interface FeedOptions {
  /** Site path of the feed itself ("themes/supervision/feed.xml"). */
  path: string;
  /** Site path of the page it follows ("themes/supervision/"); its URL is the feed's id. */
  page: string;
  title: string;
  /** An entry's summary; the document summary by default. */
  summary?: (doc: SourceDocument) => string;
}

const SITE_FEED: FeedOptions = {
  path: 'feed.xml',
  page: '',
  title: 'Front Door Findings: Ofsted letters and council reports',
};

// XML text needs only &, < and > escaped; attribute values also " and, as the feeds have always
// written them, '.
const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ATOM_ESCAPING: XmlEscaping = {
  text: escapeText,
  attribute: (s) => escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
};

/** A document's entry up to its summary, as XML lines; made once per document and site address. */
const entries = new WeakMap<SourceDocument, Map<string, string>>();
function entryOf(doc: SourceDocument, at: SiteLocation): string {
  const key = `${at.site} ${at.base}`;
  const forDoc = entries.get(doc) ?? entries.set(doc, new Map()).get(doc)!;
  const known = forDoc.get(key);
  if (known) return known;
  const url = absoluteUrl(at, citePaths.document(doc.slug));
  const date = atomDate(documentDate(doc));
  const xml = new XmlLines({ escape: ATOM_ESCAPING, declaration: false });
  xml.open(1, 'entry');
  xml.leaf(2, 'id', [], url);
  xml.leaf(2, 'title', [['type', 'text']], doc.title);
  xml.leaf(2, 'updated', [], date);
  xml.leaf(2, 'published', [], date);
  xml.leaf(2, 'link', [
    ['rel', 'alternate'],
    ['type', 'text/html'],
    ['href', url],
  ]);
  xml.open(2, 'author');
  xml.leaf(3, 'name', [], issuer(doc));
  xml.close(2, 'author');
  xml.leaf(2, 'category', [
    ['term', doc.authority.slug],
    ['label', doc.authority.name],
  ]);
  const entry = xml.joined();
  forDoc.set(key, entry);
  return entry;
}

/** The site feed's summaries, once per document (theme feeds start with them too). */
const summaries = new WeakMap<SourceDocument, string>();
/** {@link documentSummary}, computed once per document. */
export function documentSummaryOnce(doc: SourceDocument): string {
  return summaries.get(doc) ?? summaries.set(doc, documentSummary(doc)).get(doc)!;
}

/** The feed XML. */
export function documentsFeed(
  documents: readonly SourceDocument[],
  at: SiteLocation,
  options: FeedOptions = SITE_FEED,
): string {
  const docs = [...documents].sort(newestFirst);
  const home = absoluteUrl(at, options.page);
  const summary = options.summary ?? documentSummaryOnce;
  const xml = new XmlLines({ escape: ATOM_ESCAPING });
  xml.open(0, 'feed', [['xmlns', 'http://www.w3.org/2005/Atom']]);
  xml.leaf(1, 'id', [], home);
  xml.leaf(1, 'title', [], options.title);
  xml.leaf(
    1,
    'subtitle',
    [],
    'Annual unannounced inspections of contact, referral and assessment arrangements, England 2009–2012',
  );
  xml.leaf(1, 'updated', [], atomDate(docs[0] ? documentDate(docs[0]) : '2009-06-01'));
  xml.leaf(1, 'link', [
    ['rel', 'self'],
    ['type', 'application/atom+xml'],
    ['href', absoluteUrl(at, options.path)],
  ]);
  xml.leaf(1, 'link', [
    ['rel', 'alternate'],
    ['type', 'text/html'],
    ['href', home],
  ]);
  xml.open(1, 'author');
  xml.leaf(2, 'name', [], 'Front Door Findings contributors');
  xml.close(1, 'author');
  xml.leaf(1, 'rights', [], OGL.attribution);
  for (const doc of docs) {
    xml.raw(entryOf(doc, at));
    xml.leaf(2, 'summary', [['type', 'text']], summary(doc));
    xml.close(1, 'entry');
  }
  xml.close(0, 'feed');
  return xml.toString();
}
