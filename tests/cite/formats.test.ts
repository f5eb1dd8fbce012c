/**
 * Every generated format parses with a parser that is not citation-js and
 * carries the right author, date, title and URL: BibTeX with
 * @retorquere/bibtex-parser (Better BibTeX for Zotero's parser), RIS with
 * astrocite-ris, CSL-JSON with JSON.parse.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { findingCsl, documentCsl } from '../../src/lib/citation/csl.ts';
import { referenceHtml, toBibtex, toCslJson, toRis } from '../../src/lib/citation/formats.ts';
import { AT, LETTER, REPORT } from './fixtures.ts';

const finding = findingCsl(LETTER, LETTER.findings[1]!, AT);
const report = documentCsl(REPORT, AT);

describe('reference strings', () => {
  it('APA 7: institution, year, italic title, genre, publisher, URL', () => {
    expect(referenceHtml(documentCsl(LETTER, AT), 'apa')).toBe(
      'Ofsted. (2009). <i>Annual unannounced inspection of contact, referral and assessment arrangements: Leicester City Council</i> [Inspection letter]. Ofsted. https://example.org/fdf/letters/leicester-2009-08/',
    );
  });

  it('Harvard (Cite Them Right): leaves the accessed date for the reader', () => {
    expect(referenceHtml(documentCsl(LETTER, AT), 'harvard')).toBe(
      'Ofsted (2009) <i>Annual unannounced inspection of contact, referral and assessment arrangements: Leicester City Council</i>. Inspection letter. Ofsted. Available at: https://example.org/fdf/letters/leicester-2009-08/ (Accessed: [date]).',
    );
  });

  it('escapes markup in the text it is given', () => {
    const html = referenceHtml({ ...finding, title: 'A <script>x</script> & B' }, 'apa');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
  });

  it('credits a council report to the council', () => {
    expect(referenceHtml(report, 'apa')).toMatch(
      /^Leeds Council\. \(2011\)\. <i>Leeds Executive Board report: .*<\/i> \[Report of the Director of Children’s Services to the Executive Board\]\. Leeds Council\. https:\/\/example\.org\/fdf\/letters\/leeds-2011-01-council-report\/$/,
    );
  });
});

describe('BibTeX', () => {
  it('parses, keyed by the finding id, with author, year, month, institution and URL', () => {
    const bib = toBibtex(finding);
    const { entries, errors } = parseBibtex(bib);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.type).toBe('techreport');
    expect(entry!.key).toBe('leicester-2009-08-d3');
    expect(entry!.fields.author).toEqual([{ name: 'Ofsted' }]);
    expect(entry!.fields.institution).toEqual(['Ofsted']);
    expect(entry!.fields.year).toBe('2009');
    expect(entry!.fields.url).toBe('https://example.org/fdf/findings/leicester-2009-08-d3/');
    expect(entry!.fields.title).toBe(
      'Leicester: area for development 3, annual unannounced inspection of contact, referral and assessment arrangements, 11–12 August 2009',
    );
    expect(entry!.fields.number).toBe('leicester-2009-08-d3');
    // The month macro, not a braced literal ("sep 2"), which BibTeX would print as it stands.
    expect(bib).toMatch(/^\tmonth = sep,$/m);
    expect(entry!.fields.month).toBe('9');
    expect(entry!.fields.date).toBe('2009-09-02');
    expect(entry!.fields.language).toBe('en-GB');
  });

  it('survives braces, ampersands, quotes and percent signs in a title', () => {
    const title = 'Children’s “front door” & {thresholds}: 50% of $cases_x';
    const { entries, errors } = parseBibtex(toBibtex({ ...report, title }), {
      sentenceCase: false,
    });
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.title).toBe(title);
  });
});

describe('RIS', () => {
  it('parses as a report with author, date, title, publisher and URL, one line per field', () => {
    const ris = toRis(finding);
    expect(
      ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line)),
    ).toBe(true);
    const [item] = parseRis(ris);
    expect(item).toMatchObject({
      type: 'report',
      title: finding.title,
      publisher: 'Ofsted',
      URL: 'https://example.org/fdf/findings/leicester-2009-08-d3/',
    });
    expect(item!.author).toEqual([{ family: 'Ofsted' }]);
    // astrocite lets PY (year) override DA (full date); read DA alone too.
    expect(item!.issued).toEqual({ 'date-parts': [['2009']] });
    expect(ris).toContain('\r\nDA  - 2009/09/02/\r\n');
    const [dated] = parseRis(ris.replace(/^PY {2}- .*\r\n/m, ''));
    expect(dated!.issued).toEqual({ 'date-parts': [['2009', '09', '02']] });
  });

  it('keeps a long title on one line (citation-js would wrap it mid-word at 70 characters)', () => {
    const line = toRis(report)
      .split('\r\n')
      .find((l) => l.startsWith('TI  - '));
    expect(line).toBe(`TI  - ${report.title}`);
  });
});

describe('CSL-JSON', () => {
  it('is a JSON array holding the item', () => {
    const [item] = JSON.parse(toCslJson(finding)) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: 'leicester-2009-08-d3',
      type: 'report',
      author: [{ literal: 'Ofsted' }],
      URL: finding.URL,
      issued: { 'date-parts': [[2009, 9, 2]] },
    });
  });
});
