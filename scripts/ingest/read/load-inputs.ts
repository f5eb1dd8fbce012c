import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileError, SourceEntry, SourceFile } from '../ingest-documents.ts';
import { readManifest } from './read-manifest.ts';
import { MANIFEST, readSources } from './read-sources.ts';

/** What ingest reads from its input folder. */
export interface Inputs {
  files: SourceFile[];
  sources: Map<string, SourceEntry>;
  errors: FileError[];
  /** One line for the console: how many PDFs were extracted and how long it took. */
  summary: string | undefined;
}

/**
 * The input folder → the documents' sources (PDFs through their extracted
 * text in `<out>/extracted/`) and the provenance manifest `sources.csv`.
 * With `write` false nothing is written (JSON mode).
 */
export async function loadInputs(inDir: string, outDir: string, write: boolean): Promise<Inputs> {
  const read = await readSources(inDir, join(outDir, 'extracted'), write);
  const manifestPath = join(inDir, MANIFEST);
  const manifest = existsSync(manifestPath)
    ? readManifest(readFileSync(manifestPath, 'utf8'), new Set([...read.files.map((f) => f.name), ...read.errors.map((e) => e.file)]), MANIFEST)
    : { entries: new Map<string, SourceEntry>(), errors: [] };
  const pdfs = read.extracted + read.reused;
  return {
    files: read.files,
    sources: manifest.entries,
    errors: [...read.errors, ...manifest.errors],
    summary: pdfs === 0 ? undefined : `pdf: ${read.extracted} extracted in ${read.extractSeconds.toFixed(1)} s; ${read.reused} unchanged, their extracted text reused`,
  };
}
