import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../ingest-error.ts';
import type { FileError, SourceFile } from '../ingest-documents.ts';
import { extractPdfText, READER } from './extract-pdf-text.ts';
import { formatExtracted, isCurrent, parseExtracted } from './extracted-file.ts';
import { splitBundle } from './split-bundle.ts';

/** The provenance manifest's name in the input folder: not a document. */
export const MANIFEST = 'sources.csv';

/** The source files to ingest, the files that could not be read, and what extraction did. */
export interface ReadSources {
  files: SourceFile[];
  errors: FileError[];
  /** PDFs whose text was extracted this run, and PDFs whose committed text was current. */
  extracted: number;
  reused: number;
  /** PDFs with a text file of the same name beside them, which is read instead (e.g. the text of a scan after OCR). */
  besideText: string[];
  extractSeconds: number;
  /** The extracted texts to save (new or changed), and the names of the PDFs' texts to keep: see saveExtracted. */
  save: { dir: string; texts: Array<{ name: string; content: string }>; keep: string[] };
}

/**
 * The input folder → source files. A PDF's text is read from its generated
 * file `<extracted>/<name>.txt` when that was made from the same bytes
 * (SHA-256), else extracted again (saved there by saveExtracted); the
 * generated files of PDFs no longer present are removed. A PDF and its
 * extracted text are one document; a bundled council report and letter are two.
 * A PDF with a `.txt` of the same name beside it is kept as received but not
 * read: that text is the document (a scan's OCR, or a text added before the PDF).
 */
export async function readSources(inDir: string, extractedDir: string): Promise<ReadSources> {
  const result: ReadSources = {
    files: [],
    errors: [],
    extracted: 0,
    reused: 0,
    besideText: [],
    extractSeconds: 0,
    save: { dir: extractedDir, texts: [], keep: [] },
  };
  const names = readdirSync(inDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== MANIFEST)
    .map((entry) => entry.name)
    .sort();
  const pdfs: Array<{
    name: string;
    bytes: Uint8Array;
    sha256: string;
    textName: string;
    content?: string;
    error?: unknown;
  }> = [];
  for (const name of names) {
    const bytes = readFileSync(join(inDir, name));
    const textName = `${name.replace(/\.pdf$/i, '')}.txt`;
    if (!/\.pdf$/i.test(name)) result.files.push({ name, bytes });
    else if (names.includes(textName)) result.besideText.push(name);
    else {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const textPath = join(extractedDir, textName);
      const content = existsSync(textPath) ? readFileSync(textPath, 'utf8') : undefined;
      // Current when made from these very bytes by this reader, and not edited since (see isCurrent).
      pdfs.push({
        name,
        bytes,
        sha256,
        textName,
        ...(content && isCurrent(content, sha256, READER) ? { content } : {}),
      });
    }
  }
  const stale = pdfs.filter((pdf) => pdf.content === undefined);
  result.reused = pdfs.length - stale.length;
  if (stale.length > 0) {
    const t0 = performance.now();
    // One at a time: PDF.js runs on this thread, and worker threads measured no faster on two
    // shared cores (each loads PDF.js again); documents in turn also keep memory flat.
    for (const pdf of stale) {
      try {
        pdf.content = formatExtracted(
          pdf.name,
          pdf.sha256,
          READER,
          await extractPdfText(pdf.bytes),
        );
        result.save.texts.push({ name: pdf.textName, content: pdf.content });
        result.extracted += 1;
      } catch (error) {
        pdf.error = error;
      }
    }
    result.extractSeconds = (performance.now() - t0) / 1000;
  }
  for (const pdf of pdfs) {
    try {
      if (pdf.error !== undefined) throw pdf.error;
      const extracted = parseExtracted(pdf.textName, pdf.content!);
      for (const part of splitBundle(extracted.text, extracted.pageStarts)) {
        result.files.push({
          name: pdf.name,
          bytes: new TextEncoder().encode(part),
          pdf: { sha256: pdf.sha256, pageStarts: extracted.pageStarts, textFile: pdf.textName },
        });
      }
    } catch (error) {
      result.errors.push({
        file: pdf.name,
        message:
          error instanceof IngestError
            ? error.message
            : `cannot read the PDF: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  result.save.keep = pdfs.map((pdf) => pdf.textName);
  return result;
}

/**
 * Save what readSources extracted, each file through a temporary file and a
 * rename (an interrupted run leaves no half-written text), and remove the
 * texts of PDFs no longer present. Called with the content's other files.
 */
export function saveExtracted({ dir, texts, keep }: ReadSources['save']): void {
  for (const { name, content } of texts) {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, content);
    renameSync(tmp, join(dir, name));
  }
  if (!existsSync(dir)) return;
  const kept = new Set(keep);
  for (const gone of readdirSync(dir).filter((n) => n.endsWith('.txt') && !kept.has(n)))
    rmSync(join(dir, gone));
}
