import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { makeChart } from '../../src/lib/charts/chart.ts';
import { endpointFiles } from '../../src/lib/open-data/endpoint-files.ts';
import type { Authority } from '../../src/schemas/document.ts';
import { AT, LETTER } from '../cite/fixtures.ts';

const OTHER: Authority = { ...LETTER.authority, slug: 'no-letters', name: 'No Letters Council' };
const theme = (id: string, label: string) => ({
  id,
  label,
  description: '',
  related: [],
  match: [],
  exclude: [],
  weak: [],
  cues: [],
});
const THEMES = [theme('supervision', 'Supervision'), theme('thresholds', 'Thresholds')];

describe('the feeds and chart CSVs a build writes after its pages', () => {
  const chart = makeChart(
    {
      id: 'mix-year',
      title: 'Judgements by year',
      description: 'Judgements by year',
      columns: [{ key: 'year', label: 'Year' }],
      rows: [{ year: 2010 }],
    } as Parameters<typeof makeChart>[0],
    () => ({}),
  );
  const files = [
    ...endpointFiles(
      {
        documents: [LETTER],
        authorities: [LETTER.authority, OTHER],
        documentsByAuthority: new Map([[LETTER.authority.slug, [LETTER]]]),
        themes: THEMES,
        charts: { ids: () => [chart.id], byId: (id) => (id === chart.id ? chart : undefined) },
      },
      AT,
    ),
  ];
  const byPath = new Map(files.map((f) => [f.path, f.body]));

  it('writes the site feed, a feed per theme, one per authority with documents and a CSV per chart', () => {
    expect(files.map((f) => f.path)).toEqual([
      'feed.xml',
      'themes/supervision/feed.xml',
      'themes/thresholds/feed.xml',
      `authorities/${LETTER.authority.slug}/feed.xml`,
      'charts/mix-year.csv',
    ]);
  });

  it('gives each feed its own self link and the letter as an entry', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const feed = parser.parse(byPath.get(`authorities/${LETTER.authority.slug}/feed.xml`)!).feed;
    const self = [feed.link].flat().find((l: { rel: string }) => l.rel === 'self');
    expect(self.href).toMatch(new RegExp(`/authorities/${LETTER.authority.slug}/feed\\.xml$`));
    expect(JSON.stringify(feed.entry)).toContain(LETTER.slug);
  });

  it('writes the chart as its CSV', () => {
    expect(byPath.get('charts/mix-year.csv')!.trim().split(/\r?\n/)).toEqual(['year', '2010']);
  });
});
