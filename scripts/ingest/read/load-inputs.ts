import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileError, SourceEntry, SourceFile } from '../ingest-documents.ts';
import { readManifest } from './read-manifest.ts';
import { MANIFEST, readSources, saveExtracted } from './read-sources.ts';

/** What ingest reads from its input folder. */
export interface Inputs {
  files: SourceFile[];
  sources: Map<string, SourceEntry>;
  errors: FileError[];
  /** One line for the console: how many PDFs were extracted and how long it took. */
  summary: string | undefined;
  /** Save the extracted texts (with the rest of the content; never in JSON mode). */
  saveExtracted: () => void;
}

/**
 * The input folder → the documents' sources (PDFs through their extracted
 * text in `<out>/extracted/`) and the provenance manifest `sources.csv`.
 * Nothing is written until `saveExtracted` is called.
 */
export async function loadInputs(inDir: string, outDir: string): Promise<Inputs> {
  const read = await readSources(inDir, join(outDir, 'extracted'));
  const manifestPath = join(inDir, MANIFEST);
  const manifest = existsSync(manifestPath)
    ? readManifest(
        readFileSync(manifestPath, 'utf8'),
        new Set([
          ...read.files.map((f) => f.name),
          ...read.errors.map((e) => e.file),
          ...read.besideText,
        ]),
        MANIFEST,
      )
    : { entries: new Map<string, SourceEntry>(), errors: [] };
  // The manifest names the PDF; the text read in its place is the same document.
  for (const pdf of read.besideText) {
    const entry = manifest.entries.get(pdf);
    if (entry) manifest.entries.set(pdf.replace(/\.pdf$/i, '.txt'), entry);
  }
  const pdfs = read.extracted + read.reused + read.besideText.length;
  const beside =
    read.besideText.length > 0
      ? `; ${read.besideText.length} read from the .txt of the same name beside them`
      : '';
  return {
    files: read.files,
    sources: manifest.entries,
    errors: [...read.errors, ...manifest.errors],
    saveExtracted: () => saveExtracted(read.save),
    summary:
      pdfs === 0
        ? undefined
        : `pdf: ${read.extracted} extracted in ${read.extractSeconds.toFixed(1)} s; ${read.reused} unchanged, their extracted text reused${beside}`,
  };
}
