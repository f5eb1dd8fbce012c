/**
 * Everything a letter or finding page shows or embeds to be citable: the CSL
 * item, the download files, Highwire meta tags, JSON-LD and (for a finding
 * still in its letter) the link that highlights its words there. One
 * function, so the visible citation, the files and the metadata agree. Pure.
 */
import type { SourceDocument } from '../../schemas/document.ts';
import { documentCsl, findingCsl, type CitableFinding, type CslItem } from './csl.ts';
import { highwireTags, type MetaTag } from './highwire.ts';
import { reportJsonLd } from './json-ld.ts';
import {
  absoluteUrl,
  citePaths,
  DOWNLOAD_EXTENSIONS,
  type CiteExtension,
  type SiteLocation,
} from './site-url.ts';
import { textFragment } from './text-fragment.ts';

/** A downloadable citation file. */
export interface CiteDownload {
  ext: CiteExtension;
  /** Site path without base. */
  path: string;
  /** Suggested file name (`download` attribute). */
  filename: string;
  /** Link text. */
  label: string;
}

/** What a page needs to be citable. */
export interface PageCitation {
  item: CslItem;
  downloads: CiteDownload[];
  meta: MetaTag[];
  jsonLd: Record<string, unknown>;
  /** Site path (without base) of the letter page with a text fragment on the finding's words. */
  quotePath?: string;
}

const LABELS: Record<(typeof DOWNLOAD_EXTENSIONS)[number], string> = {
  bib: 'BibTeX (.bib)',
  ris: 'RIS (.ris)',
  json: 'CSL-JSON (.json)',
};

/** Options for a finding page. */
export interface FindingOptions {
  /** False for a retired id: its words are no longer on the letter page, so there is nothing to highlight. */
  onLetterPage?: boolean;
}

/** The citation of a letter page (no finding) or a finding page. */
export function pageCitation(
  doc: SourceDocument,
  finding: CitableFinding | undefined,
  at: SiteLocation,
  options: FindingOptions = {},
): PageCitation {
  const letterUrl = absoluteUrl(at, citePaths.document(doc.slug));
  if (!finding) {
    const item = documentCsl(doc, at);
    return {
      item,
      downloads: DOWNLOAD_EXTENSIONS.map((ext) => ({
        ext,
        path: citePaths.documentCite(doc.slug, ext),
        filename: `${doc.slug}.${ext}`,
        label: LABELS[ext],
      })),
      meta: highwireTags(item, { pdfUrl: doc.source.pdfUrl }),
      jsonLd: reportJsonLd(item, doc),
    };
  }
  const item = findingCsl(doc, finding, at);
  return {
    item,
    downloads: DOWNLOAD_EXTENSIONS.map((ext) => ({
      ext,
      path: citePaths.findingCite(finding.id, ext),
      filename: `${finding.id}.${ext}`,
      label: LABELS[ext],
    })),
    meta: highwireTags(item, { pdfUrl: doc.source.pdfUrl, fullTextUrl: letterUrl }),
    jsonLd: reportJsonLd(item, doc, { name: doc.title, url: letterUrl }),
    quotePath:
      options.onLetterPage === false
        ? undefined
        : citePaths.document(doc.slug) + textFragment(finding.text),
  };
}
