/**
 * The citation files and "Cite this" blocks in dist/, for a sample of
 * findings (one per document and judgement, plus every council-report
 * finding's first) and every document: each format parses with a parser that
 * is not citation-js and names the right author, date and URL.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, SourceDocument } from '../../src/schemas/document.ts';
import { builtPage, canonical, loadDocuments, readBuilt, requireDist } from './built.ts';

const documents = loadDocuments();
const dateOf = (d: SourceDocument) => (d.kind === 'ofsted-letter' ? d.letterDate : d.reportDate);
/** Independent of the site code: who should be credited. */
const authorOf = (d: SourceDocument) =>
  d.kind === 'ofsted-letter' ? 'Ofsted' : `${d.authority.name} Council`;
const sample: { doc: SourceDocument; finding: Finding }[] = documents.flatMap((doc) => {
  const seen = new Set<string>();
  return doc.findings
    .filter((f) => !seen.has(f.judgement) && seen.add(f.judgement))
    .map((finding) => ({ doc, finding }));
});
const cases = [
  ...documents.map((doc) => ({
    name: doc.slug,
    dir: `letters/${doc.slug}/`,
    doc,
    finding: undefined as Finding | undefined,
  })),
  ...sample.map(({ doc, finding }) => ({
    name: finding.id,
    dir: `findings/${finding.id}/`,
    doc,
    finding,
  })),
];

beforeAll(requireDist);

describe.each(cases)('$name', ({ dir, doc, finding }) => {
  const url = canonical(dir);
  const [y, m, d] = dateOf(doc).split('-').map(Number) as [number, number, number];

  it('cite.bib parses (Better BibTeX’s parser) with key, author, institution, year and URL', () => {
    const { entries, errors } = parseBibtex(readBuilt(`${dir}cite.bib`), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const { key, type, fields } = entries[0]!;
    expect(type).toBe('techreport');
    expect(key).toBe(finding?.id ?? doc.slug);
    expect(fields.author).toEqual([{ name: authorOf(doc) }]);
    expect(fields.institution).toEqual([authorOf(doc)]);
    expect(fields.year).toBe(String(y));
    expect(fields.url).toBe(url);
    // A human title (authority, judgement and number); the id is the locator, as the report number.
    if (finding)
      expect(fields.title).toMatch(
        new RegExp(
          `^${doc.authority.name}: [a-z ]+ ${finding.id.replace(/^.*[a-z](\d+)$/, '$1')}\\b`,
        ),
      );
    if (finding) expect(fields.title).not.toContain(finding.id);
    expect(fields.number).toBe(finding?.id ?? doc.slug);
    // Zotero's BibTeX import reads `language`; without it the item has none.
    expect(fields.language).toBe('en-GB');
    // BibTeX's month macro (printed "September"), never a braced literal like {sep 2}.
    expect(readBuilt(`${dir}cite.bib`)).toMatch(
      new RegExp(
        `^\\tmonth = ${['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'][m - 1]},$`,
        'm',
      ),
    );
  });

  it('cite.ris parses (astrocite-ris) as a report with author, date, title and URL', () => {
    const ris = readBuilt(`${dir}cite.ris`);
    const [item] = parseRis(ris.replace(/^PY {2}- .*\r?\n/m, '')); // astrocite lets PY override the full DA date
    expect(item).toMatchObject({ type: 'report', URL: url, publisher: authorOf(doc) });
    // RIS has no institutional-author marker; astrocite splits "Leeds Council" like a person's name, Zotero keeps it whole.
    expect(
      item!.author!.map((a: { given?: string; family?: string }) =>
        [a.given, a.family].filter(Boolean).join(' '),
      ),
    ).toEqual([authorOf(doc)]);
    expect(ris).toContain(`\r\nAU  - ${authorOf(doc)}\r\n`);
    expect(item!.issued!['date-parts']![0]!.map(Number)).toEqual([y, m, d]);
    if (finding) expect(item!.title).toMatch(new RegExp(`^${doc.authority.name}: `));
    else expect(item!.title).toBe(doc.title);
  });

  it('cite.json is CSL-JSON for the same item', () => {
    const items = JSON.parse(readBuilt(`${dir}cite.json`)) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: finding?.id ?? doc.slug,
      type: 'report',
      author: [{ literal: authorOf(doc) }],
      issued: { 'date-parts': [[y, m, d]] },
      URL: url,
    });
    if (finding) expect(items[0]!.abstract).toBe(finding.text);
  });

  it('the page shows APA and Harvard references and links the three files', () => {
    const section = builtPage(dir).querySelector('section.cite-this');
    expect(section, 'CiteThis on the page').not.toBeNull();
    const refs = section!
      .querySelectorAll('blockquote.cite-this__reference')
      .map((b) => b.text.replace(/\s+/g, ' ').trim());
    expect(refs).toHaveLength(2);
    expect(refs[0]).toMatch(new RegExp(`^${authorOf(doc)}\\. \\(${y}\\)\\. `));
    expect(refs[0]!.endsWith(url)).toBe(true);
    expect(refs[1]).toMatch(new RegExp(`^${authorOf(doc)} \\(${y}\\) `));
    expect(refs[1]).toContain(`Available at: ${url} (Accessed: [date]).`);
    const links = section!.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      ['bib', 'ris', 'json'].map((ext) => new URL(`${dir}cite.${ext}`, canonical('')).pathname),
    );
    expect(
      section!
        .querySelectorAll('button[data-copy]')
        .every((b) => b.parentNode?.getAttribute('hidden') !== undefined),
    ).toBe(true);
  });
});
