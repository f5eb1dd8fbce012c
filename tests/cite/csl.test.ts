import { describe, expect, it } from 'vitest';
import {
  dateParts,
  documentCsl,
  findingCsl,
  findingNumber,
  findingTitle,
} from '../../src/lib/citation/csl.ts';
import { councilName, genre, issuer } from '../../src/lib/citation/issuer.ts';
import { absoluteUrl } from '../../src/lib/citation/site-url.ts';
import { AT, LETTER, REPORT } from './fixtures.ts';

describe('absoluteUrl', () => {
  it('puts the base path between the site and the page, with or without slashes', () => {
    expect(absoluteUrl({ site: 'https://example.org', base: '/' }, 'letters/x/')).toBe(
      'https://example.org/letters/x/',
    );
    expect(absoluteUrl({ site: 'https://example.org', base: '/fdf' }, '/letters/x/')).toBe(
      'https://example.org/fdf/letters/x/',
    );
    expect(
      absoluteUrl({ site: 'https://example.org/', base: '/fdf/' }, 'findings/y/cite.bib'),
    ).toBe('https://example.org/fdf/findings/y/cite.bib');
  });
});

describe('issuer', () => {
  it('is Ofsted for a letter and the council for its own report', () => {
    expect(issuer(LETTER)).toBe('Ofsted');
    expect(issuer(REPORT)).toBe('Leeds Council');
    expect(councilName(LETTER)).toBe('Leicester City Council');
    expect(genre(REPORT)).toBe(
      "Report of the Director of Children's Services to the Executive Board",
    );
  });
});

describe('documentCsl', () => {
  it('describes a letter as Ofsted’s report, dated by the letter, at its canonical URL', () => {
    expect(documentCsl(LETTER, AT)).toEqual({
      id: 'leicester-2009-08',
      type: 'report',
      title: LETTER.title,
      'title-short': 'Leicester: letter on the August 2009 inspection',
      author: [{ literal: 'Ofsted' }],
      issued: { 'date-parts': [[2009, 9, 2]] },
      publisher: 'Ofsted',
      genre: 'Inspection letter',
      number: 'leicester-2009-08',
      URL: 'https://example.org/fdf/letters/leicester-2009-08/',
      language: 'en-GB',
    });
  });

  it('credits a council report to the council, dated by the committee report', () => {
    const item = documentCsl(REPORT, AT);
    expect(item.author).toEqual([{ literal: 'Leeds Council' }]);
    expect(item.publisher).toBe('Leeds Council');
    expect(item.issued).toEqual({ 'date-parts': [[2011, 3, 9]] });
    expect(item.title).toMatch(/^Leeds Executive Board report:/);
    expect(item['title-short']).toBe('Leeds: council report on the January 2011 inspection');
  });

  it('keeps month precision', () => {
    expect(dateParts('2010-04')).toEqual({ 'date-parts': [[2010, 4]] });
    expect(() => dateParts('April 2010')).toThrow(/not understood/);
  });
});

describe('findingCsl', () => {
  it('titles a finding for people (authority, judgement and number, inspection) and keeps the id as the locator', () => {
    expect(findingTitle(LETTER, LETTER.findings[1]!)).toBe(
      'Leicester: area for development 3, annual unannounced inspection of contact, referral and assessment arrangements, 11–12 August 2009',
    );
    expect(findingTitle(REPORT, REPORT.findings[0]!)).toMatch(
      /^Leeds: strength 1 as summarised by the council, annual unannounced inspection of contact, referral and assessment arrangements, \d/,
    );
    expect(findingTitle(LETTER, LETTER.findings[1]!)).not.toContain('leicester-2009-08');
    // The short title is what an in-text citation shows: it must tell a letter's findings apart.
    expect(findingCsl(LETTER, LETTER.findings[1]!, AT)['title-short']).toBe(
      'Leicester: area for development 3, August 2009',
    );
    expect(findingCsl(REPORT, REPORT.findings[0]!, AT)['title-short']).toBe(
      'Leeds: strength 1 as summarised by the council, January 2011',
    );
    expect(findingCsl(LETTER, LETTER.findings[1]!, AT).number).toBe('leicester-2009-08-d3');
    expect(() => findingNumber('leicester-2009-08')).toThrow(/does not end in a judgement letter/);
  });

  it('points at the finding’s permanent page and carries its words', () => {
    const item = findingCsl(LETTER, LETTER.findings[1]!, AT);
    expect(item.id).toBe('leicester-2009-08-d3');
    expect(item.URL).toBe('https://example.org/fdf/findings/leicester-2009-08-d3/');
    expect(item.abstract).toBe(LETTER.findings[1]!.text);
    expect(item.author).toEqual([{ literal: 'Ofsted' }]);
  });
});
