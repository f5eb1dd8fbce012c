import { emptyRegistry } from '../../../src/schemas/finding-ids.ts';
import type { SourceDocument } from '../../../src/schemas/document.ts';
import {
  ingestDocuments,
  type IngestResult,
  type SourceFile,
} from '../../../scripts/ingest/ingest-documents.ts';
import { extractPdfText, READER } from '../../../scripts/ingest/read/extract-pdf-text.ts';
import { formatExtracted, parseExtracted } from '../../../scripts/ingest/read/extracted-file.ts';
import { splitBundle } from '../../../scripts/ingest/read/split-bundle.ts';
import { AUTHORITIES } from '../seeds.ts';

const SHA = 'ab'.repeat(32);

/** Ingest in memory, with an empty id registry and no themes. */
export function ingest(files: SourceFile[]): IngestResult {
  return ingestDocuments(files, {
    authorities: AUTHORITIES,
    registry: emptyRegistry(),
    tagThemes: () => [],
  });
}

/** A PDF through the same steps as ingest (extract, write the text file, read it back, split a bundle) → source files. */
export async function pdfSources(
  name: string,
  pdf: Uint8Array,
): Promise<{ files: SourceFile[]; text: string }> {
  const text = formatExtracted(name, SHA, READER, await extractPdfText(pdf));
  const extracted = parseExtracted(name.replace(/\.pdf$/, '.txt'), text);
  const pdfOrigin = {
    sha256: SHA,
    pageStarts: extracted.pageStarts,
    textFile: name.replace(/\.pdf$/, '.txt'),
  };
  return {
    text,
    files: splitBundle(extracted.text, extracted.pageStarts).map((part) => ({
      name,
      bytes: new TextEncoder().encode(part),
      pdf: pdfOrigin,
    })),
  };
}

/** What must not depend on the source's form: metadata, and each finding's judgement and whitespace-collapsed text. */
export function comparable(doc: SourceDocument): Record<string, unknown> {
  const { source, findings, ...metadata } = doc;
  return {
    ...metadata,
    findings: findings.map((f) => ({
      judgement: f.judgement,
      text: f.text.replace(/\s+/g, ' ').trim(),
    })),
  };
}
