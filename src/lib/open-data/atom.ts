/**
 * An Atom feed (RFC 4287) of documents, newest first, written with
 * xmlbuilder2. Deterministic: every date is a document's own date, and the
 * feed's `updated` is the newest of them, never the build time. Pure.
 */
import { create } from 'xmlbuilder2';
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

/** The feed XML. */
export function documentsFeed(
  documents: readonly SourceDocument[],
  at: SiteLocation,
  options: FeedOptions = SITE_FEED,
): string {
  const docs = [...documents].sort(newestFirst);
  const home = absoluteUrl(at, options.page);
  const summary = options.summary ?? documentSummary;
  const feed = create({ version: '1.0', encoding: 'utf-8' }).ele(
    'http://www.w3.org/2005/Atom',
    'feed',
  );
  feed.ele('id').txt(home);
  feed.ele('title').txt(options.title);
  feed
    .ele('subtitle')
    .txt(
      'Annual unannounced inspections of contact, referral and assessment arrangements, England 2009–2012',
    );
  feed.ele('updated').txt(atomDate(docs[0] ? documentDate(docs[0]) : '2009-06-01'));
  feed.ele('link', {
    rel: 'self',
    type: 'application/atom+xml',
    href: absoluteUrl(at, options.path),
  });
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: home });
  feed.ele('author').ele('name').txt('Front Door Findings contributors');
  feed.ele('rights').txt(OGL.attribution);
  for (const doc of docs) {
    const url = absoluteUrl(at, citePaths.document(doc.slug));
    const entry = feed.ele('entry');
    entry.ele('id').txt(url);
    entry.ele('title', { type: 'text' }).txt(doc.title);
    entry.ele('updated').txt(atomDate(documentDate(doc)));
    entry.ele('published').txt(atomDate(documentDate(doc)));
    entry.ele('link', { rel: 'alternate', type: 'text/html', href: url });
    entry.ele('author').ele('name').txt(issuer(doc));
    entry.ele('category', { term: doc.authority.slug, label: doc.authority.name });
    entry.ele('summary', { type: 'text' }).txt(summary(doc));
  }
  return `${feed.end({ prettyPrint: true })}\n`;
}
