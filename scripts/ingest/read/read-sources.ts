import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../ingest-error.ts';
import type { FileError, SourceFile } from '../ingest-documents.ts';
import { extractPdfText } from './extract-pdf-text.ts';
import { formatExtracted, parseExtracted } from './extracted-file.ts';
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
}

/**
 * The input folder → source files. A PDF's text is read from its generated
 * file `<extracted>/<name>.txt` when that was made from the same bytes
 * (SHA-256), else extracted again and (with `write`) saved there; the
 * generated files of PDFs no longer present are removed. A PDF and its
 * extracted text are one document; a bundled council report and letter are two.
 * A PDF with a `.txt` of the same name beside it is kept as received but not
 * read: that text is the document (a scan's OCR, or a text added before the PDF).
 */
export async function readSources(inDir: string, extractedDir: string, write: boolean): Promise<ReadSources> {
  const result: ReadSources = { files: [], errors: [], extracted: 0, reused: 0, besideText: [], extractSeconds: 0 };
  const names = readdirSync(inDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== MANIFEST)
    .map((entry) => entry.name)
    .sort();
  const pdfs = new Set<string>();
  for (const name of names) {
    const bytes = readFileSync(join(inDir, name));
    if (!/\.pdf$/i.test(name)) {
      result.files.push({ name, bytes });
      continue;
    }
    const textName = `${name.replace(/\.pdf$/i, '')}.txt`;
    if (names.includes(textName)) {
      result.besideText.push(name);
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const textPath = join(extractedDir, textName);
    pdfs.add(textName);
    try {
      let content = existsSync(textPath) ? readFileSync(textPath, 'utf8') : undefined;
      if (!content || !content.includes(`# pdf-sha256: ${sha256}\n`)) {
        const t0 = performance.now();
        content = formatExtracted(name, sha256, await extractPdfText(bytes));
        result.extractSeconds += (performance.now() - t0) / 1000;
        result.extracted += 1;
        if (write) writeAtomically(extractedDir, textName, content);
      } else result.reused += 1;
      const extracted = parseExtracted(textName, content);
      for (const part of splitBundle(extracted.text, extracted.pageStarts)) {
        result.files.push({ name, bytes: new TextEncoder().encode(part), pdf: { sha256, pageStarts: extracted.pageStarts, textFile: textName } });
      }
    } catch (error) {
      result.errors.push({ file: name, message: error instanceof IngestError ? error.message : `cannot read the PDF: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  if (write && existsSync(extractedDir)) {
    for (const stale of readdirSync(extractedDir).filter((n) => n.endsWith('.txt') && !pdfs.has(n))) rmSync(join(extractedDir, stale));
  }
  return result;
}

/** Write through a temporary file and rename, so an interrupted run leaves no half-written text. */
function writeAtomically(dir: string, name: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, join(dir, name));
}
