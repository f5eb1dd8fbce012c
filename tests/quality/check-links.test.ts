/**
 * The link checker itself (scripts/check-links/), on a tiny fixture site
 * served under /sub/ with one of every mistake it must catch next to links
 * that are fine.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links/check-links.ts';
import { parseSrcset } from '../../scripts/check-links/extract-links.ts';
import { normaliseBase, pageUrl } from '../../scripts/check-links/page-url.ts';
import { readSite } from '../../scripts/check-links/read-site.ts';
import { resolveLink } from '../../scripts/check-links/resolve-link.ts';

const fixture = readSite(join(import.meta.dirname, 'fixtures/links'));
const options = {
  base: '/sub/',
  origin: 'https://example.org',
  allowedHosts: ['www.nationalarchives.gov.uk'],
};

describe('checkLinks on the fixture site', () => {
  const problems = checkLinks(fixture, options).map((p) => `${p.file}: ${p.message}`);

  it('reports exactly the planted mistakes, page by page', () => {
    expect(problems).toEqual([
      '404.html: <a href="letters/one/">: relative URL on the 404 page, which is served at every missing path — use a root-relative URL',
      'index.html: id "dup" is used more than once — fragment links to it are ambiguous',
      'index.html: <script src="https://cdn.example.com/x.js">: loads https://cdn.example.com/x.js from another host — only the site\'s own files may be loaded',
      'index.html: <a href="/sub/letters/one/#f9">: no element with id "f9" in letters/one/index.html',
      'index.html: <a href="/sub/letters/two/">: no file letters/two/index.html in the built site',
      'index.html: <a href="/sub/letters/one">: missing trailing slash: write letters/one/ (the site uses trailingSlash: \'always\')',
      'index.html: <a href="/elsewhere/">: /elsewhere/ is outside the site\'s base /sub/',
      'index.html: <a href="https://tracker.example.net/">: links to tracker.example.net, which is not on the allow-list (scripts/check-links/allowed-hosts.ts)',
      'index.html: <a href="javascript:alert(1)">: javascript: URLs are not allowed',
      'index.html: <img srcset="https://cdn.example.com/a@2x.png">: loads https://cdn.example.com/a@2x.png from another host — only the site\'s own files may be loaded',
      'index.html: <a href="/sub/nowhere/">: no file nowhere/index.html in the built site',
      'letters/one/index.html: <a href="../../style.css#x">: #x points into style.css, which is not an HTML page',
    ]);
  });

  it('catches a broken link, a missing anchor and a foreign src', () => {
    expect(problems.some((p) => p.includes('letters/two/') && p.includes('no file'))).toBe(true);
    expect(problems.some((p) => p.includes('no element with id "f9"'))).toBe(true);
    expect(problems.some((p) => p.includes('<script src="https://cdn.example.com/x.js">'))).toBe(
      true,
    );
  });

  it('finds nothing wrong once the mistakes are gone', () => {
    const clean = {
      files: fixture.files,
      pages: new Map([
        [
          'letters/one/index.html',
          { ids: ['f1'], links: [{ tag: 'a', attr: 'href' as const, url: '../../#top' }] },
        ],
        ['index.html', { ids: ['top'], links: [] }],
      ]),
    };
    expect(checkLinks(clean, options)).toEqual([]);
  });
});

describe('helpers', () => {
  it('maps built files to the URLs a static host serves them at', () => {
    expect(pageUrl('index.html', '/')).toBe('/');
    expect(pageUrl('letters/x/index.html', '/sub')).toBe('/sub/letters/x/');
    expect(pageUrl('404.html', 'sub/')).toBe('/sub/404.html');
    expect(normaliseBase('//a/b//')).toBe('/a/b/');
  });

  it('reads srcset candidates, keeping commas inside URLs', () => {
    expect(parseSrcset('a.png 1x, b,c.png 2x,d.png 300w')).toEqual(['a.png', 'b,c.png', 'd.png']);
  });

  it('treats absolute URLs to the site itself as internal, and decodes paths and fragments', () => {
    const context = { pageUrl: '/sub/letters/', base: '/sub/', origin: 'https://example.org' };
    expect(resolveLink('https://example.org/sub/a%20b/#f%C3%A9', context)).toEqual({
      kind: 'internal',
      path: 'a b/',
      fragment: 'fé',
    });
    expect(resolveLink('//cdn.example.com/x.js', context)).toMatchObject({ kind: 'foreign' });
    expect(resolveLink(' java\tscript:alert(1)', context)).toEqual({ kind: 'script-url' });
  });
});
