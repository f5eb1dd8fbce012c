/**
 * The built research exports (needs `npm run build`): the .qdpx read back with jszip against the
 * built findings.json, the codebook CSV, and the theme and authority Atom feeds parsed with
 * fast-xml-parser, checked against the committed content and linked from their pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../helpers/content.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const read = (path: string) => {
  if (!existsSync(join(DIST, path)))
    throw new Error(`dist/${path} missing: run \`npm run build\` first`);
  return readFileSync(join(DIST, path));
};
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['entry', 'PlainTextSelection', 'TextSource'].includes(name),
});
const documents = loadDocuments();
// A theme the content uses, and its label from the taxonomy file (ids change with the taxonomy; none is named here).
const THEME = documents.flatMap((d) => d.findings).flatMap((f) => f.themes)[0]!.theme;
const THEME_LABEL = (
  parseYaml(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8')) as {
    themes: { id: string; label: string }[];
  }
).themes.find((t) => t.id === THEME)!.label;

describe('/data/front-door-findings.qdpx', () => {
  it('holds every live finding of findings.json as a selection with exactly its text', async () => {
    const zip = await JSZip.loadAsync(read('data/front-door-findings.qdpx'));
    const project = xml.parse(await zip.file('project.qde')!.async('string')).Project;
    const rows = (
      JSON.parse(read('data/findings.json').toString()) as {
        findings: { id: string; status: string; text: string }[];
      }
    ).findings.filter((r) => r.status === 'active');
    const found = new Map<string, string>();
    for (const source of project.Sources.TextSource) {
      const text = [
        ...(await zip
          .file(`sources/${source.plainTextPath.replace('internal://', '')}`)!
          .async('string')),
      ];
      for (const sel of source.PlainTextSelection)
        found.set(
          sel.name,
          text.slice(Number(sel.startPosition), Number(sel.endPosition)).join(''),
        );
    }
    expect(new Map(rows.map((r) => [r.id, r.text]))).toEqual(found);
  });
  it('codebook.csv lists the codable theme codes of themes.qdc, by name (retired themes are not codable)', () => {
    const qdc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (n) => n === 'Code',
    }).parse(read('data/themes.qdc').toString());
    const rows = parseCsv(read('data/codebook.csv'), { columns: true }) as { tag: string }[];
    const codable = qdc.CodeBook.Codes.Code.filter(
      (c: { isCodable: string }) => c.isCodable === 'true',
    );
    expect(rows.map((r) => r.tag)).toEqual(codable.map((c: { name: string }) => c.name));
  });
});

describe('feeds per theme and per authority', () => {
  it('a theme feed has an entry for each document with a finding on the theme, newest first', () => {
    const feed = xml.parse(read(`themes/${THEME}/feed.xml`).toString()).feed;
    const expected = documents.filter((d) =>
      d.findings.some((f) => f.themes.some((t) => t.theme === THEME)),
    );
    expect(feed.entry.map((e: { link: { href: string } }) => e.link.href).sort()).toEqual(
      expected.map((d) => `http://127.0.0.1:4321/letters/${d.slug}/`).sort(),
    );
    expect(feed.entry[0].summary['#text'].startsWith(`On ${THEME_LABEL.toLowerCase()}: `)).toBe(
      true,
    );
    expect(feed.link.find((l: { rel: string }) => l.rel === 'self').href).toBe(
      `http://127.0.0.1:4321/themes/${THEME}/feed.xml`,
    );
  });
  it('an authority feed has its documents only', () => {
    const feed = xml.parse(read('authorities/leicester/feed.xml').toString()).feed;
    expect(feed.entry.map((e: { link: { href: string } }) => e.link.href)).toEqual([
      'http://127.0.0.1:4321/letters/leicester-2009-08/',
    ]);
  });
  it('theme and authority pages link their feed, visibly and for feed readers', () => {
    for (const [page, feed] of [
      [`themes/${THEME}/index.html`, `/themes/${THEME}/feed.xml`],
      ['authorities/leicester/index.html', '/authorities/leicester/feed.xml'],
    ]) {
      const html = parseHtml(read(page!).toString());
      expect(
        html.querySelector(
          `head link[rel="alternate"][type="application/atom+xml"][href="${feed}"]`,
        ),
        page,
      ).not.toBeNull();
      expect(html.querySelector(`main a[href="${feed}"]`), page).not.toBeNull();
    }
  });
});
