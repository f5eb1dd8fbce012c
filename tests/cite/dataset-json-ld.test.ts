/**
 * The /data/ page describes the open data as a schema.org Dataset for data-set
 * search engines: the fields Google Dataset Search requires or recommends
 * (https://developers.google.com/search/docs/appearance/structured-data/dataset),
 * and a download for every data file, each one a file of the build.
 */
import { describe, expect, it } from 'vitest';
import { datasetJsonLd } from '../../src/lib/open-data/dataset-json-ld.ts';
import { OGL } from '../../src/lib/open-data/licence.ts';
import { builtExists, builtPage, canonical, requireDist } from './built.ts';
import { LETTER, REPORT } from './fixtures.ts';

const SUB = { site: 'https://example.github.io', base: '/front-door-findings/' };
const FILES = [
  { path: 'data/findings.csv', mediaType: 'text/csv' },
  { path: 'data/letters.json', mediaType: 'application/json' },
];

describe('Dataset JSON-LD', () => {
  const ld = datasetJsonLd(SUB, '1.2.3', FILES, [REPORT, LETTER]);

  it('has the required name and description, and the licence, creator, version and place', () => {
    expect(ld['@type']).toBe('Dataset');
    expect(ld.name).toMatch(/Front Door Findings/);
    expect((ld.description as string).length).toBeGreaterThanOrEqual(50);
    expect((ld.description as string).length).toBeLessThanOrEqual(5000);
    expect(ld.license).toBe(OGL.url);
    expect(ld.creator).toEqual({
      '@type': 'Organization',
      name: 'Front Door Findings contributors',
    });
    expect(ld.version).toBe('1.2.3');
    expect(ld.url).toBe('https://example.github.io/front-door-findings/data/');
    expect(ld.spatialCoverage).toEqual({ '@type': 'Place', name: 'England' });
  });

  it('covers the first to the last inspection day of the documents, and offers each file at its full address', () => {
    const days = [REPORT, LETTER].flatMap((d) => [d.inspection.start, d.inspection.end]).sort();
    expect(ld.temporalCoverage).toBe(`${days[0]}/${days.at(-1)}`);
    expect(ld.distribution).toEqual([
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: 'https://example.github.io/front-door-findings/data/findings.csv',
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: 'https://example.github.io/front-door-findings/data/letters.json',
      },
    ]);
  });

  it('is in the head of the built /data/ page, once, and every download is a file of the build', () => {
    requireDist();
    const scripts = builtPage('data/').querySelectorAll('head script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const built = JSON.parse(scripts[0]!.textContent) as {
      '@type': string;
      url: string;
      distribution: { contentUrl: string }[];
    };
    expect(built['@type']).toBe('Dataset');
    expect(built.url).toBe(canonical('data/'));
    expect(built.distribution.map((d) => d.contentUrl)).toEqual(
      [
        'findings.csv',
        'findings.json',
        'letters.json',
        'themes.json',
        'themes.qdc',
        'codebook.csv',
        'front-door-findings.qdpx',
      ].map((f) => canonical(`data/${f}`)),
    );
    for (const d of built.distribution)
      expect(builtExists(d.contentUrl.slice(canonical('').length)), d.contentUrl).toBe(true);
  });
});
