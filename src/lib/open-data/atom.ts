/**
 * An Atom feed (RFC 4287) of documents, newest first, written with
 * fast-xml-parser's builder. Deterministic: every date is a document's own date,
 * and the feed's `updated` is the newest of them, never the build time. Pure.
 * A build writes the site's feed and one per theme and per authority (every
 * document appears in several), so the builder is the fast one the .qdpx export
 * uses (xmlbuilder2 built a DOM per feed: 2 s of an N = 500 build) and each
 * document's entry is made once per site address and reused.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { SourceDocument } from '../../schemas/document.ts';
import { issuer } from '../citation/issuer.ts';
import { absoluteUrl, citePaths, type SiteLocation } from '../citation/site-url.ts';
import { formatDate, formatDateRange } from '../dates.ts';
import { documentDate, kindLabel } from '../documents.ts';
import { countByJudgement } from '../group.ts';
import { JUDGEMENT_ORDER, judgementLabel, judgementPlural } from '../judgements.ts';
import { OGL } from './licence.ts';

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

// Escaped here, not by the builder: XML text needs only &, < and > escaped (and " in attributes);
// the builder's own escaping would also turn every apostrophe into &apos;.
const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
  processEntities: false,
  tagValueProcessor: (_name, value) => escapeText(String(value)),
  attributeValueProcessor: (_name, value) => escapeAttribute(String(value)),
});

type Node = Record<string, unknown>;

/** A document's entry without its summary, and its URL; made once per document and site address. */
const entries = new WeakMap<SourceDocument, Map<string, Node>>();
function entryOf(doc: SourceDocument, at: SiteLocation): Node {
  const key = `${at.site} ${at.base}`;
  const forDoc = entries.get(doc) ?? entries.set(doc, new Map()).get(doc)!;
  const known = forDoc.get(key);
  if (known) return known;
  const url = absoluteUrl(at, citePaths.document(doc.slug));
  const date = atomDate(documentDate(doc));
  const entry: Node = {
    id: url,
    title: { '@_type': 'text', '#text': doc.title },
    updated: date,
    published: date,
    link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': url },
    author: { name: issuer(doc) },
    category: { '@_term': doc.authority.slug, '@_label': doc.authority.name },
  };
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
  const feed = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      id: home,
      title: options.title,
      subtitle:
        'Annual unannounced inspections of contact, referral and assessment arrangements, England 2009–2012',
      updated: atomDate(docs[0] ? documentDate(docs[0]) : '2009-06-01'),
      link: [
        {
          '@_rel': 'self',
          '@_type': 'application/atom+xml',
          '@_href': absoluteUrl(at, options.path),
        },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': home },
      ],
      author: { name: 'Front Door Findings contributors' },
      rights: OGL.attribution,
      entry: docs.map((doc) => ({
        ...entryOf(doc, at),
        summary: { '@_type': 'text', '#text': summary(doc) },
      })),
    },
  };
  return builder.build(feed) as string;
}
