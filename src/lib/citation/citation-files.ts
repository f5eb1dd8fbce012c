/**
 * Every citation file the site publishes: `cite.bib`, `cite.ris` and
 * `cite.json` next to each letter page and each finding page (every id ever
 * issued whose document still exists: a retired id is cited with its last
 * known words, at its permanent URL). Pure: paths and bodies; the build
 * writes them (src/integrations/citation-files.ts).
 */
import type { SourceDocument } from '../../schemas/document.ts';
import { citableOf, type FindingPermalink } from '../permalinks.ts';
import { documentCsl, findingCsl } from './csl.ts';
import { renderCitationFile } from './files.ts';
import { CITE_EXTENSIONS, citePaths, type SiteLocation } from './site-url.ts';

/** One file: its path under the site root (no base: `letters/x/cite.bib`) and its text. */
export interface CitationFile {
  path: string;
  body: string;
}

/** The citation files of these documents and permalinks, in a stable order (documents first). */
export function citationFiles(
  documents: readonly SourceDocument[],
  permalinks: readonly FindingPermalink[],
  at: SiteLocation,
): CitationFile[] {
  const files: CitationFile[] = [];
  for (const doc of documents) {
    const item = documentCsl(doc, at);
    for (const ext of CITE_EXTENSIONS)
      files.push({
        path: citePaths.documentCite(doc.slug, ext),
        body: renderCitationFile(item, ext),
      });
  }
  for (const link of permalinks) {
    const citable = citableOf(link);
    if (!citable) continue;
    const item = findingCsl(citable.doc, citable.finding, at);
    for (const ext of CITE_EXTENSIONS)
      files.push({
        path: citePaths.findingCite(link.id, ext),
        body: renderCitationFile(item, ext),
      });
  }
  return files;
}
