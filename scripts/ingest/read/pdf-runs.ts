import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IngestError } from '../ingest-error.ts';
import type { PdfPage, TextRun } from './pdf-types.ts';

/**
 * The Node build of PDF.js (the default build expects browser APIs such as DOMMatrix), loaded on
 * first use: a run whose PDFs are all unchanged, or that has none, does not pay for loading it.
 */
let loading: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;
const loadPdfjs = () => (loading ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/**
 * The package's own metrics of the 14 standard PDF fonts: letters that do not embed Helvetica or
 * Times need them for glyph widths, and without them PDF.js warns on every document. A directory
 * path (with its trailing separator) is what PDF.js's Node font loader reads from; nothing is fetched.
 */
const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = `${join(packageDir, 'standard_fonts')}/`;
const CMAPS = `${join(packageDir, 'cmaps')}/`;

/**
 * PDF bytes → each page's text runs with their positions. Throws IngestError
 * for a PDF that is encrypted, broken, or has no text layer at all.
 */
export async function readPdfRuns(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  // PDF.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    cMapUrl: CMAPS,
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openError(error);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const [, , width, height] = page.view;
      const content = await page.getTextContent({ disableNormalization: false });
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , e, f] = item.transform as number[];
        runs.push({
          text: item.str,
          x: e,
          y: height - f,
          width: item.width,
          size: Math.hypot(a, b),
          font: item.fontName,
        });
      }
      pages.push({ number, width, height, runs });
      page.cleanup();
    }
    if (pages.every((page) => page.runs.length === 0)) {
      throw new IngestError(
        'no text layer — this PDF needs OCR (it holds only images of pages): run it through OCR, e.g. `ocrmypdf in.pdf out.pdf`, and add the result',
      );
    }
    return pages;
  } catch (error) {
    throw error instanceof IngestError
      ? error
      : new IngestError(`the PDF is damaged: ${message(error)} — get a fresh copy of the file`);
  } finally {
    await task.destroy();
  }
}

function openError(error: unknown): IngestError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new IngestError(
      'the PDF is encrypted with a password — open it with the password and save an unprotected copy, or get one from the publisher',
    );
  }
  if (name === 'InvalidPDFException')
    return new IngestError(
      'the file is not a readable PDF (damaged or truncated) — get a fresh copy of the file',
    );
  return new IngestError(
    `the PDF cannot be opened: ${message(error)} — get a fresh copy of the file`,
  );
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
