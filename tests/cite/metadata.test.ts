import { describe, expect, it } from 'vitest';
import { pageCitation } from '../../src/lib/citation/page-citation.ts';
import { highwireDate } from '../../src/lib/citation/highwire.ts';
import { serializeJsonLd } from '../../src/lib/citation/json-ld.ts';
import { AT, LETTER, REPORT } from './fixtures.ts';

const tags = (meta: { name: string; content: string }[]) =>
  Object.fromEntries(meta.map((m) => [m.name, m.content]));

describe('Highwire tags', () => {
  it('describe a letter as Ofsted’s technical report, with its PDF', () => {
    expect(tags(pageCitation(LETTER, undefined, AT).meta)).toEqual({
      citation_title: LETTER.title,
      'bibo.shortTitle': 'Leicester: letter on the August 2009 inspection',
      citation_publication_date: '2009/09/02',
      citation_date: '2009/09/02',
      citation_technical_report_institution: 'Ofsted',
      citation_technical_report_number: 'leicester-2009-08',
      citation_publisher: 'Ofsted',
      citation_public_url: 'https://example.org/fdf/letters/leicester-2009-08/',
      citation_abstract_html_url: 'https://example.org/fdf/letters/leicester-2009-08/',
      citation_fulltext_html_url: 'https://example.org/fdf/letters/leicester-2009-08/',
      citation_pdf_url: 'https://example.gov.uk/letter.pdf',
      citation_language: 'en-GB',
    });
  });

  it('give a finding its id as report number and the letter as full text; a council is an institution, never an author', () => {
    const t = tags(pageCitation(REPORT, REPORT.findings[0], AT).meta);
    // Zotero would split a citation_author "Leeds Council" into first name Leeds, last name Council.
    expect(t).not.toHaveProperty('citation_author');
    expect(t.citation_publisher).toBe('Leeds Council');
    expect(t.citation_technical_report_institution).toBe('Leeds Council');
    expect(t.citation_technical_report_number).toBe('leeds-2011-01-cr-s1');
    expect(t.citation_public_url).toBe('https://example.org/fdf/findings/leeds-2011-01-cr-s1/');
    expect(t.citation_fulltext_html_url).toBe(
      'https://example.org/fdf/letters/leeds-2011-01-council-report/',
    );
    expect(t).not.toHaveProperty('citation_pdf_url');
    expect(t['bibo.shortTitle']).toBe(
      'Leeds: strength 1 as summarised by the council, January 2011',
    );
  });

  it('pad dates and keep month precision', () => {
    expect(highwireDate({ 'date-parts': [[2010, 4]] })).toBe('2010/04');
  });
});

describe('JSON-LD', () => {
  it('is a Report by an Organization, about the council, part of its letter for a finding', () => {
    const ld = pageCitation(LETTER, LETTER.findings[0], AT).jsonLd;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      url: 'https://example.org/fdf/findings/leicester-2009-08-s1/',
      author: { '@type': 'Organization', name: 'Ofsted' },
      datePublished: '2009-09-02',
      about: {
        '@type': 'GovernmentOrganization',
        name: 'Leicester City Council',
        identifier: { value: 'E06000016' },
      },
      isPartOf: {
        '@type': 'Report',
        url: 'https://example.org/fdf/letters/leicester-2009-08/',
        name: LETTER.title,
      },
      reportNumber: 'leicester-2009-08-s1',
    });
    expect(pageCitation(LETTER, undefined, AT).jsonLd).not.toHaveProperty('isPartOf');
  });

  it('cannot close its script element', () => {
    const json = serializeJsonLd({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});

describe('downloads and quote link', () => {
  it('lists .bib, .ris and .json next to the page, named by id', () => {
    const c = pageCitation(LETTER, LETTER.findings[1], AT);
    expect(c.downloads.map((d) => [d.path, d.filename])).toEqual([
      ['findings/leicester-2009-08-d3/cite.bib', 'leicester-2009-08-d3.bib'],
      ['findings/leicester-2009-08-d3/cite.ris', 'leicester-2009-08-d3.ris'],
      ['findings/leicester-2009-08-d3/cite.json', 'leicester-2009-08-d3.json'],
    ]);
    expect(c.quotePath).toBe(
      'letters/leicester-2009-08/#:~:text=Recording%20of%20%22strategy%22%20discussions%20%26,workers%20%2D%20must%20sign%20off.',
    );
  });

  it('offers no quote link for a retired finding', () => {
    expect(
      pageCitation(LETTER, LETTER.findings[1], AT, { onLetterPage: false }).quotePath,
    ).toBeUndefined();
  });
});
