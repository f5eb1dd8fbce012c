import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { documentsFeed } from '../../src/lib/open-data/atom.ts';
import { themeFeed } from '../../src/lib/open-data/topic-feeds.ts';
import type { Letter } from '../../src/schemas/document.ts';
import { AT, LETTER } from '../cite/fixtures.ts';

// Read back by an independent parser, with entities decoded and every attribute kept.
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'text',
});

const AWKWARD: Letter = {
  ...LETTER,
  slug: 'awkward-2010-05',
  title: `Tom & Jerry's <"borough"> letter`,
  authority: { ...LETTER.authority, slug: 'awkward', name: `St "Awkward" & <Co>` },
  findings: [
    {
      ...LETTER.findings[0]!,
      id: 'awkward-2010-05-d1',
      themes: [{ theme: 'supervision', matched: 'supervision', source: 'rule' }],
    },
  ],
};

describe('Atom feeds', () => {
  const feed = documentsFeed([AWKWARD, LETTER], AT);

  it('escapes text and attributes so every character reads back as written', () => {
    expect(XMLValidator.validate(feed)).toBe(true);
    const entry = xml.parse(feed).feed.entry[0];
    expect(entry.title.text).toBe(AWKWARD.title);
    expect(entry.category.label).toBe(AWKWARD.authority.name);
    // Only what XML requires is escaped: apostrophes stay as they are.
    expect(feed).toContain(`<title type="text">Tom &amp; Jerry's &lt;"borough"&gt; letter</title>`);
    expect(feed).toContain(`label="St &quot;Awkward&quot; &amp; &lt;Co&gt;"`);
  });

  it('gives each site address its own URLs when entries are reused', () => {
    const elsewhere = { site: 'https://other.example', base: '/' };
    const other = xml.parse(documentsFeed([AWKWARD], elsewhere)).feed.entry;
    expect(other.id).toBe('https://other.example/letters/awkward-2010-05/');
    expect(xml.parse(documentsFeed([AWKWARD], AT)).feed.entry.id).toBe(
      'https://example.org/fdf/letters/awkward-2010-05/',
    );
  });

  it('a theme feed carries its own summary and the same entry as the site feed', () => {
    const theme = xml.parse(
      themeFeed({ id: 'supervision', label: 'Supervision' }, [AWKWARD, LETTER], AT),
    ).feed;
    const site = xml.parse(feed).feed.entry[0];
    expect(theme.entry.id).toBe(site.id);
    expect(theme.entry.summary.text).toBe(`On supervision: 1 strength. ${site.summary.text}`);
    expect({ ...theme.entry, summary: undefined }).toEqual({ ...site, summary: undefined });
  });
});
