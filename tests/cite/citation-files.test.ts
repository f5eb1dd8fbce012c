/**
 * citationFiles: the cite.bib/.ris/.json files the build writes after the
 * pages (src/integrations/citation-files.ts). Every letter and every id ever
 * issued whose document still exists gets all three; a retired id is cited
 * with its last known words at its permanent URL; an id whose document is
 * gone gets none (its page says so instead).
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { citationFiles } from '../../src/lib/citation/citation-files.ts';
import { buildPermalinks } from '../../src/lib/permalinks.ts';
import type { RegistryEntry } from '../../src/schemas/finding-ids.ts';
import { AT, LETTER, REPORT } from './fixtures.ts';

const documents = [LETTER, REPORT];
const active = documents.flatMap((doc) =>
  doc.findings.map((f): RegistryEntry & { id: string } => ({
    id: f.id,
    document: doc.slug,
    judgement: f.judgement,
    text: f.text,
    status: 'active',
  })),
);
const registry = [
  ...active,
  {
    id: 'leicester-2009-08-d1',
    document: LETTER.slug,
    judgement: 'area-for-development' as const,
    text: 'Words that were edited away.',
    status: 'retired' as const,
    retiredBecause: 'no longer found',
  },
  {
    id: 'gone-2010-01-s1',
    document: 'gone-2010-01',
    judgement: 'strength' as const,
    text: 'A letter since removed.',
    status: 'retired' as const,
  },
];
const permalinks = buildPermalinks(
  registry,
  documents.flatMap((doc) => doc.findings.map((finding) => ({ finding, doc }))),
  new Map(documents.map((d) => [d.slug, d])),
);
const files = new Map(citationFiles(documents, permalinks, AT).map((f) => [f.path, f.body]));

describe('citation files', () => {
  it('four per document and per id whose document exists (three formats and the APA text the copy buttons fetch), none for an id whose document is gone', () => {
    const ids = [...active.map((e) => e.id), 'leicester-2009-08-d1'];
    const expected = [
      ...documents.map((d) => `letters/${d.slug}/cite`),
      ...ids.map((id) => `findings/${id}/cite`),
    ].flatMap((p) => ['bib', 'ris', 'json', 'txt'].map((ext) => `${p}.${ext}`));
    expect([...files.keys()].sort()).toEqual(expected.sort());
  });

  it('cite a retired id with its last known words at its permanent URL', () => {
    const [entry] = parseBibtex(files.get('findings/leicester-2009-08-d1/cite.bib')!).entries;
    expect(entry?.key).toBe('leicester-2009-08-d1');
    expect(entry?.fields.url).toBe('https://example.org/fdf/findings/leicester-2009-08-d1/');
    expect(entry?.fields.title).toMatch(
      /^Leicester: area for development 1, annual unannounced inspection/,
    );
    expect(entry?.fields.number).toBe('leicester-2009-08-d1');
    const [csl] = JSON.parse(files.get('findings/leicester-2009-08-d1/cite.json')!) as {
      abstract: string;
      URL: string;
    }[];
    expect(csl).toMatchObject({
      abstract: 'Words that were edited away.',
      URL: 'https://example.org/fdf/findings/leicester-2009-08-d1/',
    });
    expect(files.get('findings/leicester-2009-08-d1/cite.txt')).toBe(
      'Ofsted. (2009). Leicester: area for development 1, annual unannounced inspection of contact, referral and assessment arrangements, 11–12 August 2009 [Inspection letter]. Ofsted. https://example.org/fdf/findings/leicester-2009-08-d1/\n',
    );
    expect(files.get('findings/leicester-2009-08-d1/cite.ris')).toMatch(
      /^UR {2}- https:\/\/example\.org\/fdf\/findings\/leicester-2009-08-d1\/\r$/m,
    );
  });

  it('cite a letter at its page, with Ofsted as author', () => {
    const [entry] = parseBibtex(files.get(`letters/${LETTER.slug}/cite.bib`)!).entries;
    expect(entry?.key).toBe(LETTER.slug);
    expect(entry?.fields.url).toBe(`https://example.org/fdf/letters/${LETTER.slug}/`);
  });
});
