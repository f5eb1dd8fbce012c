import { createRequire } from 'node:module';
import { dropFurniture } from './find-furniture.ts';
import { linesToText, type PageText } from './lines-to-text.ts';
import { orderColumns } from './order-columns.ts';
import { readPdfRuns } from './pdf-runs.ts';
import { runsToLines } from './runs-to-lines.ts';

/**
 * What reads the PDFs: PDF.js's version and the version of the layout steps here. Bump LAYOUT when a
 * change to these modules changes what they give, so every PDF is read again (the extracted files
 * record the reader, and one made by another is not reused).
 */
const LAYOUT = 2;
export const READER = `pdfjs-dist ${(createRequire(import.meta.url)('pdfjs-dist/package.json') as { version: string }).version}, layout ${LAYOUT}`;

/** A PDF's text as the parser reads it, where each page starts, and the furniture left out. */
export interface ExtractedPdf extends PageText {
  pages: number;
  /** Running headers, footers and page numbers removed, as printed. */
  removed: string[];
}

/**
 * PDF bytes → plain text rebuilt from the positions of the text runs:
 * lines by baseline, columns one after the other, furniture out, paragraphs
 * and list items rejoined (see the modules of each step). Throws IngestError
 * for an encrypted, damaged or image-only PDF.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedPdf> {
  const pages = await readPdfRuns(bytes);
  const { pages: kept, removed } = dropFurniture(
    pages.map(runsToLines),
    pages.map((p) => p.height),
  );
  const lines = kept.flatMap(orderColumns);
  return { ...linesToText(lines, pages.length), pages: pages.length, removed };
}
