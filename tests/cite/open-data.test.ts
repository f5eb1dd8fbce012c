import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { FindingPermalink } from '../../src/lib/permalinks.ts';
import { documentsFeed, documentSummary } from '../../src/lib/open-data/atom.ts';
import { csvCell, findingsCsv } from '../../src/lib/open-data/csv.ts';
import { FINDING_COLUMNS } from '../../src/lib/open-data/finding-fields.ts';
import { findingRows } from '../../src/lib/open-data/finding-rows.ts';
import { themeGuid, themesCodebook } from '../../src/lib/open-data/qdc.ts';
import { AT, LETTER, REPORT } from './fixtures.ts';

const links: FindingPermalink[] = [
  ...[REPORT, LETTER].flatMap((doc) =>
    doc.findings.map((finding) => ({
      id: finding.id,
      entry: {
        document: doc.slug,
        judgement: finding.judgement,
        text: finding.text,
        status: 'active' as const,
      },
      ref: { finding, doc },
      doc,
    })),
  ),
  {
    id: 'leicester-2009-08-d9',
    entry: {
      document: 'leicester-2009-08',
      judgement: 'area-for-development',
      text: 'Gone, "quoted".',
      status: 'retired',
      retiredBecause: 'no longer in the document',
    },
    doc: LETTER,
  },
];

describe('findingRows', () => {
  const rows = findingRows(links, AT);

  it('lists live findings by document and position, then retired ids', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'leicester-2009-08-s1',
      'leicester-2009-08-d3',
      'leeds-2011-01-cr-s1',
      'leicester-2009-08-d9',
    ]);
  });

  it('fills every column for a live finding', () => {
    expect(rows[1]).toEqual({
      id: 'leicester-2009-08-d3',
      url: 'https://example.org/fdf/findings/leicester-2009-08-d3/',
      status: 'active',
      retired_because: null,
      judgement: 'area-for-development',
      themes: [],
      text: LETTER.findings[1]!.text,
      position: 2,
      repeats_previous: true,
      authority: 'Leicester',
      gss_code: 'E06000016',
      region: 'East Midlands',
      inspection_start: '2009-08-11',
      inspection_end: '2009-08-12',
      letter_date: '2009-09-02',
      report_date: null,
      document_kind: 'ofsted-letter',
      document_slug: 'leicester-2009-08',
      source_file: '000_x.txt',
      next_outcome: null,
      next_basis: null,
      next_document_slug: null,
      next_finding: null,
      next_reason: null,
    });
    expect(Object.keys(rows[1]!)).toEqual(FINDING_COLUMNS);
  });

  it('takes the next_* columns from the follow-up lookup, for live findings only', () => {
    const next = {
      outcome: 'raised-again',
      basis: 'letter-summary',
      document: 'leicester-2010-09',
      finding: null,
      reason: 'The next letter says: “…”',
    };
    const withNext = findingRows(links, AT, (id) =>
      id === 'leicester-2009-08-d3' || id === 'leicester-2009-08-d9' ? next : undefined,
    );
    expect(withNext[1]).toMatchObject({
      next_outcome: 'raised-again',
      next_basis: 'letter-summary',
      next_document_slug: 'leicester-2010-09',
      next_finding: null,
      next_reason: 'The next letter says: “…”',
    });
    expect(withNext[3]).toMatchObject({ id: 'leicester-2009-08-d9', next_outcome: null });
  });

  it('gives a council report both its own date and the letter date it cites', () => {
    expect(rows[2]).toMatchObject({
      document_kind: 'council-report',
      report_date: '2011-03-09',
      letter_date: '2011-02-16',
    });
  });

  it('keeps a retired id with its last known words and reason', () => {
    expect(rows[3]).toMatchObject({
      status: 'retired',
      retired_because: 'no longer in the document',
      text: 'Gone, "quoted".',
      themes: [],
      position: null,
      repeats_previous: null,
      authority: 'Leicester',
    });
  });
});

describe('findingsCsv', () => {
  it('round-trips through csv-parse: quotes, commas, ampersands, braces and line breaks survive', () => {
    const rows = findingRows(links, AT);
    const csv = findingsCsv(rows);
    const parsed = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual(
      rows.map((row) => Object.fromEntries(FINDING_COLUMNS.map((c) => [c, csvCell(row[c])]))),
    );
    expect(parsed[1]!.text).toBe(
      'Recording of "strategy" discussions & {decisions}, at times, is poor;\nmanagers - not workers - must sign off.',
    );
    expect(csv.startsWith(`${FINDING_COLUMNS.join(',')}\r\n`)).toBe(true);
  });

  it('joins theme ids with ";" and writes booleans and nulls plainly', () => {
    expect(csvCell(['a', 'b-c'])).toBe('a;b-c');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
  });
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['Code', 'entry'].includes(name),
});

describe('themesCodebook', () => {
  const themes = [
    {
      id: 'contact-and-referral',
      label: 'Contact & referral <handling>',
      description: 'How contacts are "screened".',
    },
    { id: 'voice-of-the-child', label: 'Voice of the child', description: 'Wishes and feelings.' },
  ];
  const qdc = themesCodebook(themes);

  it('is well-formed REFI-QDA codebook XML with one codable Code per theme', () => {
    expect(XMLValidator.validate(qdc)).toBe(true);
    const book = xml.parse(qdc).CodeBook;
    expect(book.xmlns).toBe('urn:QDA-XML:codebook:1.0');
    expect(book.origin).toBe('Front Door Findings');
    expect(book.Codes.Code.map((c: { name: string }) => c.name)).toEqual([
      'Contact & referral <handling>',
      'Voice of the child',
    ]);
    expect(book.Codes.Code.every((c: { isCodable: string }) => c.isCodable === 'true')).toBe(true);
    expect(book.Codes.Code[0].Description).toContain('How contacts are "screened".');
  });

  it('adds retired themes as non-codable Codes with their old GUID and their replacements', () => {
    const retired = [
      {
        id: 'thresholds-and-early-help',
        label: 'Thresholds & early help',
        explanation: 'It asked two questions.',
        replacedBy: themes,
      },
    ];
    const book = xml.parse(themesCodebook(themes, retired)).CodeBook;
    const last = book.Codes.Code.at(-1);
    expect(book.Codes.Code).toHaveLength(3);
    expect(last).toMatchObject({
      name: 'Thresholds & early help (retired)',
      isCodable: 'false',
      guid: themeGuid('thresholds-and-early-help'),
    });
    expect(last.Description).toContain('It asked two questions.');
    expect(last.Description).toContain(
      'Replaced by: Contact & referral <handling> (contact-and-referral); Voice of the child (voice-of-the-child).',
    );
  });

  it('derives GUIDs from theme ids, the same on every export', () => {
    expect(themeGuid('contact-and-referral')).toBe(themeGuid('contact-and-referral'));
    expect(themeGuid('contact-and-referral')).not.toBe(themeGuid('voice-of-the-child'));
    expect(themeGuid('contact-and-referral')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    // Pinned: a changed namespace would silently break researchers' imported coding.
    expect(themeGuid('contact-and-referral')).toMatchInlineSnapshot(
      `"bf60efe7-b867-59e1-b20d-1c6d70ddaee7"`,
    );
    expect(themesCodebook(themes)).toBe(qdc);
  });
});

describe('documentsFeed', () => {
  const feed = documentsFeed([LETTER, REPORT], AT);

  it('is well-formed Atom, newest first, updated at the newest document date', () => {
    expect(XMLValidator.validate(feed)).toBe(true);
    const f = xml.parse(feed).feed;
    expect(f.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(f.updated).toBe('2011-03-09T00:00:00Z');
    expect(f.entry.map((e: { id: string }) => e.id)).toEqual([
      'https://example.org/fdf/letters/leeds-2011-01-council-report/',
      'https://example.org/fdf/letters/leicester-2009-08/',
    ]);
    expect(f.entry[1]).toMatchObject({
      updated: '2009-09-02T00:00:00Z',
      author: { name: 'Ofsted' },
      link: { href: 'https://example.org/fdf/letters/leicester-2009-08/' },
    });
    expect(f.entry[0].author.name).toBe('Leeds Council');
  });

  it('does not depend on input order or the clock', () => {
    expect(documentsFeed([REPORT, LETTER], AT)).toBe(feed);
  });

  it('summarises a document by its findings', () => {
    expect(documentSummary(LETTER)).toBe(
      'Ofsted letter of 2 September 2009 on the inspection of 11–12 August 2009 (Leicester, East Midlands): 1 area for development, 1 strength.',
    );
  });
});
