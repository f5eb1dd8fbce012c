/**
 * What reference managers read from a page: Highwire `citation_*` tags (so
 * Zotero saves a Report) and schema.org JSON-LD, on a letter, a council
 * report and a finding page; and the finding page's text-fragment link,
 * checked against the words actually on the letter page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPage, canonical, loadDocuments, requireDist } from './built.ts';

const documents = loadDocuments();
const letter = documents.find((d) => d.kind === 'ofsted-letter')!;
const report = documents.find((d) => d.kind === 'council-report');
const slash = (iso: string) => iso.replace(/-/g, '/');

const meta = (page: HTMLElement) => {
  const tags = new Map<string, string[]>();
  for (const m of page.querySelectorAll('head meta[name^="citation_"]'))
    tags.set(m.getAttribute('name')!, [
      ...(tags.get(m.getAttribute('name')!) ?? []),
      m.getAttribute('content')!,
    ]);
  return tags;
};
const jsonLd = (page: HTMLElement) =>
  page
    .querySelectorAll('script[type="application/ld+json"]')
    // biome-ignore lint/suspicious/noExplicitAny: JSON-LD read back as loose JSON for assertions on nested fields
    .map((s) => JSON.parse(s.text) as Record<string, any>);

beforeAll(requireDist);

describe('Highwire tags and JSON-LD', () => {
  it('a letter page is Ofsted’s report, dated by the letter, at its canonical URL', () => {
    const page = builtPage(`letters/${letter.slug}/`);
    const tags = meta(page);
    expect(tags.get('citation_title')).toEqual([letter.title]);
    // Ofsted is a corporate body: an institution and publisher, never a citation_author (Zotero would make it a person).
    expect(tags.get('citation_author')).toBeUndefined();
    expect(tags.get('citation_publisher')).toEqual(['Ofsted']);
    expect(tags.get('citation_technical_report_number')).toEqual([letter.slug]);
    expect(tags.get('citation_publication_date')).toEqual([
      slash(letter.kind === 'ofsted-letter' ? letter.letterDate : ''),
    ]);
    expect(tags.get('citation_date')).toEqual(tags.get('citation_publication_date'));
    expect(tags.get('citation_technical_report_institution')).toEqual(['Ofsted']);
    expect(tags.get('citation_public_url')).toEqual([canonical(`letters/${letter.slug}/`)]);
    expect(tags.get('citation_abstract_html_url')).toEqual([canonical(`letters/${letter.slug}/`)]);
    expect(tags.get('citation_language')).toEqual(['en-GB']);
    expect(tags.get('citation_pdf_url')).toEqual(
      letter.source.pdfUrl ? [letter.source.pdfUrl] : undefined,
    );
    const [ld] = jsonLd(page);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      url: canonical(`letters/${letter.slug}/`),
      author: { '@type': 'Organization', name: 'Ofsted' },
      about: { identifier: { value: letter.authority.gssCode } },
    });
  });

  it('a letter page’s description, which Zotero keeps as the abstract, names Ofsted once', () => {
    const description = (path: string) =>
      builtPage(path).querySelector('head meta[name="description"]')!.getAttribute('content')!;
    expect(description(`letters/${letter.slug}/`)).toMatch(
      new RegExp(
        `^Ofsted's letter on its unannounced inspection of contact, referral and assessment arrangements in ${letter.authority.name} \\(`,
      ),
    );
    if (report)
      expect(description(`letters/${report.slug}/`)).toMatch(/^Council report on Ofsted's /);
  });

  it.runIf(report)('a council report page is credited to the council', () => {
    const tags = meta(builtPage(`letters/${report!.slug}/`));
    expect(tags.get('citation_author')).toBeUndefined();
    expect(tags.get('citation_publisher')).toEqual([`${report!.authority.name} Council`]);
    expect(tags.get('citation_technical_report_institution')).toEqual([
      `${report!.authority.name} Council`,
    ]);
    expect(tags.get('citation_publication_date')).toEqual([
      slash(report!.kind === 'council-report' ? report!.reportDate : ''),
    ]);
  });

  it('a finding page carries its id (as report number), its own URL and its letter, in tags and JSON-LD', () => {
    const finding = letter.findings[0]!;
    const page = builtPage(`findings/${finding.id}/`);
    const tags = meta(page);
    expect(tags.get('citation_title')![0]).toMatch(new RegExp(`^${letter.authority.name}: `));
    expect(tags.get('citation_title')![0]).not.toContain(finding.id);
    expect(tags.get('citation_author')).toBeUndefined();
    expect(tags.get('citation_technical_report_number')).toEqual([finding.id]);
    expect(tags.get('citation_public_url')).toEqual([canonical(`findings/${finding.id}/`)]);
    expect(tags.get('citation_fulltext_html_url')).toEqual([canonical(`letters/${letter.slug}/`)]);
    // The finding's own words, which Zotero keeps as the abstract (a letter page has none).
    expect(tags.get('citation_abstract')).toEqual([finding.text]);
    expect(meta(builtPage(`letters/${letter.slug}/`)).get('citation_abstract')).toBeUndefined();
    const [ld] = jsonLd(page);
    expect(ld).toMatchObject({
      '@type': 'Report',
      reportNumber: finding.id,
      text: finding.text,
      isPartOf: { '@type': 'Report', url: canonical(`letters/${letter.slug}/`) },
    });
  });
});

describe('short titles', () => {
  it('every letter and finding page gives Zotero a short title of its own, not the title cut at its colon', () => {
    // Zotero's default short title is the title up to its first colon: "Leicester" for every finding of a letter.
    const pages = documents.flatMap((doc) => [
      `letters/${doc.slug}/`,
      ...doc.findings.map((f) => `findings/${f.id}/`),
    ]);
    const short = new Map<string, string>();
    for (const path of pages) {
      const head = builtPage(path).querySelector('head')!;
      const value = head.querySelector('meta[name="bibo.shortTitle"]')?.getAttribute('content');
      const title = head.querySelector('meta[name="citation_title"]')?.getAttribute('content');
      expect(value, path).toBeTruthy();
      expect(value, path).not.toBe(title!.slice(0, title!.indexOf(':')));
      expect(
        short.get(value!),
        `${path} and ${short.get(value!)} share "${value}"`,
      ).toBeUndefined();
      short.set(value!, path);
    }
    expect(short.size).toBe(pages.length);
    const finding = letter.findings[0]!;
    expect(
      builtPage(`findings/${finding.id}/`)
        .querySelector('meta[name="bibo.shortTitle"]')!
        .getAttribute('content'),
    ).toMatch(new RegExp(`^${letter.authority.name}: [a-z ]+ \\d+, [A-Z][a-z]+ \\d{4}$`));
  });
});

/** How a browser resolves `start,end` (simplified: case-insensitive, whitespace collapsed, first match of each). */
function resolveFragment(pageText: string, fragment: string): [number, number] | undefined {
  const [start, end] = fragment
    .replace(/^#:~:text=/, '')
    .split(',')
    .map(decodeURIComponent) as [string, string | undefined];
  const text = pageText.toLowerCase();
  const from = text.indexOf(start.toLowerCase());
  if (from < 0) return undefined;
  if (end === undefined) return [from, from + start.length];
  const to = text.indexOf(end.toLowerCase(), from + start.length);
  return to < 0 ? undefined : [from, to + end.length];
}

describe('quote links', () => {
  it('every finding page’s text fragment highlights text inside that finding on its letter page', () => {
    const wrong: string[] = [];
    for (const doc of documents) {
      const letterPage = builtPage(`letters/${doc.slug}/`);
      const flat = (s: string) => s.replace(/\s+/g, ' ');
      // The browser searches the whole page, header and navigation included.
      const pageText = flat(letterPage.querySelector('body')!.text);
      for (const f of doc.findings) {
        const href = builtPage(`findings/${f.id}/`)
          .querySelectorAll('section.cite-this a')
          .map((a) => a.getAttribute('href')!)
          .find((h) => h.includes('#:~:text='));
        if (!href) {
          wrong.push(`${f.id}: no quote link`);
          continue;
        }
        expect(href.startsWith(new URL(`letters/${doc.slug}/`, canonical('')).pathname), f.id).toBe(
          true,
        );
        const range = resolveFragment(pageText, href.slice(href.indexOf('#')));
        const el = flat(
          letterPage.getElementById(f.id)!.querySelector('.finding__text')?.text ??
            letterPage.getElementById(f.id)!.text,
        ).trim();
        const at = pageText.indexOf(el);
        if (!range || at < 0 || range[0] < at || range[1] > at + el.length)
          wrong.push(`${f.id}: ${href} resolves outside the finding`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
