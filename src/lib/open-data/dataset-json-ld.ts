/**
 * schema.org `Dataset` JSON-LD for the /data/ page, so data-set search engines
 * (Google Dataset Search reads exactly this: https://developers.google.com/search/docs/appearance/structured-data/dataset)
 * can list the open data: what it is, its licence, who compiled it, the years
 * and place it covers, and a `DataDownload` per file. Built from the same
 * values as the page and the suggested citation. Pure.
 */
import type { SourceDocument } from '../../schemas/document.ts';
import { absoluteUrl, type SiteLocation } from '../citation/site-url.ts';
import { COMPILERS, datasetCsl } from './dataset.ts';
import { OGL } from './licence.ts';

/** One downloadable file: site path (no base) and media type. */
export interface DataFile {
  path: string;
  mediaType: string;
}

export function datasetJsonLd(
  at: SiteLocation,
  version: string,
  files: readonly DataFile[],
  documents: readonly SourceDocument[],
): Record<string, unknown> {
  const csl = datasetCsl(at, version);
  const days = documents.flatMap((d) => [d.inspection.start, d.inspection.end]).sort();
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': csl.URL,
    name: csl.title,
    description:
      'Every finding of the letters in which Ofsted reported its annual unannounced inspections of councils’ contact, referral and assessment arrangements for children in need and at risk (England, 2009–2012), with council committee reports about them: each finding’s judgement (area for priority action, area for development, strength, meets requirements), themes, authority, dates and permanent id and URL, plus the documents in full and the theme taxonomy.',
    url: csl.URL,
    version,
    inLanguage: 'en-GB',
    isAccessibleForFree: true,
    license: OGL.url,
    creator: { '@type': 'Organization', name: COMPILERS },
    publisher: { '@type': 'Organization', name: csl.publisher },
    keywords: [
      'Ofsted',
      'children’s social care',
      'contact, referral and assessment',
      'child protection',
      'inspection',
      'local authorities',
      'England',
    ],
    spatialCoverage: { '@type': 'Place', name: 'England' },
    ...(days.length > 0 ? { temporalCoverage: `${days[0]}/${days.at(-1)}` } : {}),
    distribution: files.map((file) => ({
      '@type': 'DataDownload',
      encodingFormat: file.mediaType,
      contentUrl: absoluteUrl(at, file.path),
    })),
  };
}
