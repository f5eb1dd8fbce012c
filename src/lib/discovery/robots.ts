/**
 * robots.txt: everything may be crawled (the point of the site is to be
 * found), and the sitemap's full address, which crawlers need absolute
 * (https://www.rfc-editor.org/rfc/rfc9309, https://www.sitemaps.org/protocol.html#submit_robots).
 * Crawlers read it only at the root of a host: under a sub-path (project
 * pages) it is published but unused. Pure.
 */
import { absoluteUrl, type SiteLocation } from '../citation/site-url.ts';

/** The sitemap index @astrojs/sitemap writes. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

export function robotsTxt(at: SiteLocation): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(at, SITEMAP_INDEX)}`, ''].join(
    '\n',
  );
}
