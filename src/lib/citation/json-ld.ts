/**
 * schema.org JSON-LD (https://schema.org/Report) for a document or finding
 * page, so search engines and linked-data tools see who wrote it, when, about
 * which council, and (for a finding) which report it belongs to. Pure.
 */
import type { SourceDocument } from '../../schemas/document.ts';
import { OGL } from '../open-data/licence.ts';
import type { CslItem } from './csl.ts';
import { councilName, issuedDate } from './issuer.ts';

/** A finding's place in its document, for `isPartOf`. */
export interface PartOf {
  name: string;
  url: string;
}

/** The JSON-LD object for a page's `Report`. */
export function reportJsonLd(
  item: CslItem,
  doc: SourceDocument,
  partOf?: PartOf,
): Record<string, unknown> {
  const org = (name: string) => ({ '@type': 'Organization', name });
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': item.URL,
    url: item.URL,
    name: item.title,
    author: org(item.author[0].literal),
    publisher: org(item.publisher),
    datePublished: issuedDate(doc),
    inLanguage: 'en-GB',
    license: OGL.url,
    ...(partOf ? { reportNumber: item.id, text: item.abstract } : {}),
    about: {
      '@type': 'GovernmentOrganization',
      name: councilName(doc),
      identifier: {
        '@type': 'PropertyValue',
        propertyID: 'GSS code',
        value: doc.authority.gssCode,
      },
      areaServed: { '@type': 'AdministrativeArea', name: doc.authority.name },
    },
    temporalCoverage: `${doc.inspection.start}/${doc.inspection.end}`,
    ...(doc.source.pdfUrl ? { isBasedOn: doc.source.pdfUrl } : {}),
    ...(partOf
      ? { isPartOf: { '@type': 'Report', '@id': partOf.url, name: partOf.name, url: partOf.url } }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped as
 * `\u003c` so no text (a finding quoting "</script>") can end the element.
 */
export const serializeJsonLd = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c');
