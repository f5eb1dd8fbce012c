/**
 * How people and machines find the site: robots.txt names the sitemap by its
 * full address, and an OpenSearch description (linked from every page) lets
 * a browser search findings from its address bar. Pure functions first, then
 * the built files (needs `npm run build`; `npm test` does it).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { openSearchDescription } from '../../src/lib/discovery/opensearch.ts';
import { robotsTxt } from '../../src/lib/discovery/robots.ts';
import { builtExists, builtPage, canonical, readBuilt, requireDist, SITE } from '../cite/built.ts';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'Url',
});
const SUB = { site: 'https://example.github.io', base: '/front-door-findings' };

describe('robots.txt', () => {
  it('lets every crawler in and gives the sitemap under the base path', () => {
    const lines = robotsTxt(SUB).split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Allow: /');
    expect(lines).toContain(
      'Sitemap: https://example.github.io/front-door-findings/sitemap-index.xml',
    );
  });

  it('is built, and its sitemap is a file of the build', () => {
    requireDist();
    const sitemap = /^Sitemap: (.+)$/m.exec(readBuilt('robots.txt'))?.[1];
    expect(sitemap).toBe(canonical('sitemap-index.xml'));
    expect(builtExists('sitemap-index.xml')).toBe(true);
  });
});

describe('OpenSearch description', () => {
  const parsed = (text: string) => {
    expect(XMLValidator.validate(text)).toBe(true);
    return xml.parse(text).OpenSearchDescription;
  };

  it('searches findings at /search/?q= under the base path, within the spec’s name lengths', () => {
    const d = parsed(openSearchDescription(SUB));
    expect(d.xmlns).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(d.ShortName.length).toBeLessThanOrEqual(16);
    expect(d.LongName.length).toBeLessThanOrEqual(48);
    expect(d.Description.length).toBeLessThanOrEqual(1024);
    const html = d.Url.find((u: { type: string }) => u.type === 'text/html');
    expect(html.template).toBe(
      'https://example.github.io/front-door-findings/search/?q={searchTerms}',
    );
    expect(d.Url.find((u: { rel?: string }) => u.rel === 'self').template).toBe(
      'https://example.github.io/front-door-findings/opensearch.xml',
    );
    expect(d.Image['#text']).toBe('https://example.github.io/front-door-findings/favicon.svg');
  });

  it('is built, linked from the head of every page type, and points at files of the build', () => {
    requireDist();
    const d = parsed(readBuilt('opensearch.xml'));
    expect(d.Url.find((u: { type: string }) => u.type === 'text/html').template).toBe(
      `${canonical('search/')}?q={searchTerms}`,
    );
    expect(builtExists('favicon.svg') && builtExists('search/index.html')).toBe(true);
    for (const page of ['', 'letters/', 'search/', 'about/']) {
      const link = builtPage(page).querySelector('head link[rel="search"]');
      expect(link?.getAttribute('type'), page).toBe('application/opensearchdescription+xml');
      expect(new URL(link?.getAttribute('href') ?? '', SITE).href, page).toBe(
        canonical('opensearch.xml'),
      );
    }
  });
});
