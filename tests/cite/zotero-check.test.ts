/**
 * The Zotero check (scripts/check-zotero.ts) run by hand against Zotero's
 * translation-server: its page reader on the built pages, and its judge on
 * items shaped as the server returns them (the clean one is what it returned
 * for a finding page of this site).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { citablePage, readCitablePages } from '../../scripts/check-zotero/citable-pages.ts';
import {
  sharedShortTitles,
  zoteroProblems,
  type ZoteroItem,
} from '../../scripts/check-zotero/zotero-problems.ts';
import { DIST, loadDocuments, readBuilt, requireDist } from './built.ts';

beforeAll(requireDist);

const PAGE = {
  path: 'findings/leicester-2009-08-d3/',
  id: 'leicester-2009-08-d3',
  meta: {
    citation_title:
      'Leicester: area for development 3, annual unannounced inspection of contact, referral and assessment arrangements, 11–12 August 2009',
    'bibo.shortTitle': 'Leicester: area for development 3, August 2009',
    citation_publication_date: '2009/09/02',
    citation_technical_report_institution: 'Ofsted',
    citation_public_url: 'http://127.0.0.1:4321/findings/leicester-2009-08-d3/',
    citation_abstract:
      'The arrangements for transferring cases between teams are not sufficiently efficient.',
  },
};
const SAVED: ZoteroItem = {
  itemType: 'report',
  creators: [],
  shortTitle: 'Leicester: area for development 3, August 2009',
  title: PAGE.meta.citation_title,
  date: '2009/09/02',
  institution: 'Ofsted',
  reportNumber: 'leicester-2009-08-d3',
  url: 'http://127.0.0.1:4321/findings/leicester-2009-08-d3/',
  language: 'en-GB',
  abstractNote:
    'The arrangements for transferring cases between teams are not sufficiently efficient.',
};

describe('zoteroProblems', () => {
  it('finds nothing wrong with what Zotero saved from a finding page', () => {
    expect(zoteroProblems(PAGE, [SAVED])).toEqual([]);
  });

  it('reports a corporate body split into a person, and accepts it as one name', () => {
    const split = { creatorType: 'author', firstName: 'Leeds', lastName: 'Council' };
    expect(zoteroProblems(PAGE, [{ ...SAVED, creators: [split] }])).toEqual([
      expect.stringMatching(/creator "Leeds Council" arrives as a person \(first name "Leeds"/),
    ]);
    const whole = { creatorType: 'author', lastName: 'Leeds Council', fieldMode: 1 };
    expect(zoteroProblems(PAGE, [{ ...SAVED, creators: [whole] }])).toEqual([]);
  });

  it('wants the corporate author, whole, from the citation files (as Zotero imported cite.ris)', () => {
    const imported: ZoteroItem = {
      ...SAVED,
      date: '2009-09-02',
      creators: [{ creatorType: 'author', name: 'Ofsted' }],
    };
    expect(zoteroProblems(PAGE, [imported], 'ris')).toEqual([]);
    expect(zoteroProblems(PAGE, [{ ...imported, creators: [] }], 'json')).toEqual([
      'author is "", the page says "Ofsted"',
    ]);
    expect(zoteroProblems(PAGE, [{ ...imported, date: '2010-09-02' }], 'bib')).toEqual([
      'date "2010-09-02" is not in 2009',
    ]);
    // BibTeX has no short title BibTeX knows: none is fine, a wrong one is not.
    expect(zoteroProblems(PAGE, [{ ...imported, shortTitle: undefined }], 'bib')).toEqual([]);
    expect(zoteroProblems(PAGE, [{ ...imported, shortTitle: 'Leicester' }], 'bib')).toHaveLength(1);
  });

  it('reports a web page, an id for a title, a lost institution, a cut short title and wrong fields', () => {
    const problems = zoteroProblems(PAGE, [
      {
        itemType: 'webpage',
        title: 'leicester-2009-08-d3',
        shortTitle: 'Leicester',
        date: '2 September 2009',
        language: 'en',
        url: 'http://127.0.0.1:4321/letters/leicester-2009-08/',
      },
    ]);
    for (const what of [
      /^saved as webpage/,
      /^title "leicester-2009-08-d3" is not a human title/,
      /^reportNumber is undefined/,
      /^date "2 September 2009" is not YYYY\/MM\/DD/,
      /^language is "en"/,
      /^url http:\/\/127\.0\.0\.1:4321\/letters\/leicester-2009-08\/ is not this page's/,
      /^no institution/,
      /^shortTitle is "Leicester"/,
      /^abstract is not the finding's words: undefined/,
    ])
      expect(problems).toContainEqual(expect.stringMatching(what));
    expect(zoteroProblems(PAGE, [])).toEqual(['Zotero found 0 items, expected one']);
  });

  it('reports a short title that two pages share', () => {
    expect(
      sharedShortTitles([
        { path: 'letters/a/', shortTitle: 'Annual unannounced inspection' },
        { path: 'letters/b/', shortTitle: 'Annual unannounced inspection' },
        { path: 'findings/a-d1/', shortTitle: 'A: strength 1' },
      ]),
    ).toEqual(['short title "Annual unannounced inspection" is shared by letters/a/, letters/b/']);
  });
});

describe('citable pages of the build', () => {
  it('are every finding and letter page, with the meta tags Zotero reads', () => {
    const documents = loadDocuments();
    const pages = readCitablePages(DIST);
    const expected = documents.flatMap((d) => [
      `letters/${d.slug}/`,
      ...d.findings.map((f) => `findings/${f.id}/`),
    ]);
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(expected));
    const letter = documents[0]!;
    const page = citablePage(`letters/${letter.slug}/`, readBuilt(`letters/${letter.slug}/`))!;
    expect(page.id).toBe(letter.slug);
    expect(page.meta.citation_technical_report_number).toBe(letter.slug);
    expect(page.meta['bibo.shortTitle']).toMatch(new RegExp(`^${letter.authority.name}: `));
    // The letters index is not a citable page.
    expect(citablePage('letters/', readBuilt('letters/'))).toBeUndefined();
  });
});
