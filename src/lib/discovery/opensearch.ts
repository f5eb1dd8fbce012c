/**
 * An OpenSearch description (https://github.com/dewitt/opensearch/blob/master/opensearch-1-1-draft-6.md),
 * linked from every page's head, so a browser can add the site's finding search to its address bar:
 * typing there opens /search/?q=…, which the search page reads. Written with xmlbuilder2. Pure.
 */
import { create } from 'xmlbuilder2';
import { absoluteUrl, type SiteLocation } from '../citation/site-url.ts';

/** Where the description is published (site path, no base). */
export const OPENSEARCH_PATH = 'opensearch.xml';

/** ShortName may have at most 16 characters; LongName at most 48. */
const SHORT_NAME = 'Front Door';
const LONG_NAME = 'Front Door Findings';

export function openSearchDescription(at: SiteLocation): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('http://a9.com/-/spec/opensearch/1.1/', 'OpenSearchDescription')
    .ele('ShortName')
    .txt(SHORT_NAME)
    .up()
    .ele('LongName')
    .txt(LONG_NAME)
    .up()
    .ele('Description')
    .txt(
      'Search every finding of Ofsted’s 2009–2012 inspections of contact, referral and assessment arrangements.',
    )
    .up()
    .ele('InputEncoding')
    .txt('UTF-8')
    .up()
    .ele('Language')
    .txt('en-GB')
    .up()
    .ele('Image', { width: '16', height: '16', type: 'image/svg+xml' })
    .txt(absoluteUrl(at, 'favicon.svg'))
    .up()
    .ele('Url', {
      type: 'text/html',
      method: 'get',
      template: `${absoluteUrl(at, 'search/')}?q={searchTerms}`,
    })
    .up()
    .ele('Url', {
      type: 'application/opensearchdescription+xml',
      rel: 'self',
      template: absoluteUrl(at, OPENSEARCH_PATH),
    })
    .up()
    .up();
  return `${doc.end({ prettyPrint: true })}\n`;
}
