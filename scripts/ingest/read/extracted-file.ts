import { IngestError } from '../ingest-error.ts';

/** The generated text file of a PDF, as ingest reads it back. */
export interface ExtractedFile {
  /** SHA-256 of the PDF the text was extracted from. */
  sha256: string;
  /** 1-based line of this file where each page's text starts. */
  pageStarts: number[];
  /** The file with its header lines blanked: line numbers are the file's own. */
  text: string;
}

const HEAD = /^# GENERATED from (.+?) by scripts\/ingest\/read\/ — do not edit:/;

/**
 * The reviewable text of a PDF: a header saying it is generated, from which
 * PDF (and its SHA-256, so it is extracted again only when the PDF changes)
 * and on which lines the pages start, then the text.
 */
export function formatExtracted(pdf: string, sha256: string, extracted: { text: string; pageStarts: number[]; removed: string[] }): string {
  const header = [
    `# GENERATED from ${pdf} by scripts/ingest/read/ — do not edit: the PDF is read again whenever its bytes change.`,
    '# Edits here are overwritten: to change what a document says, see docs/adding-documents.md.',
    `# pdf-sha256: ${sha256}`,
    '# page-starts: PAGES',
    `# furniture-removed: ${extracted.removed.length} line(s)${extracted.removed.length ? `, e.g. "${extracted.removed[0].replace(/"/g, "'")}"` : ''}`,
    '',
  ];
  const offset = header.length;
  header[3] = `# page-starts: ${extracted.pageStarts.map((line) => line + offset).join(' ')}`;
  return `${header.join('\n')}\n${extracted.text}`;
}

/** The extracted file's text → its PDF hash, page starts and text (header blanked). Throws on a file that is not one. */
export function parseExtracted(file: string, content: string): ExtractedFile {
  const lines = content.split('\n');
  const sha256 = /^# pdf-sha256: ([0-9a-f]{64})$/m.exec(content)?.[1];
  const starts = /^# page-starts: ([\d ]+)$/m.exec(content)?.[1];
  if (!HEAD.test(lines[0]) || !sha256 || !starts) {
    throw new IngestError(`${file} is not a text file generated from a PDF (header missing or changed) — delete it and run ingest again`, 1);
  }
  const headerLines = lines.findIndex((line) => !line.startsWith('#'));
  return {
    sha256,
    pageStarts: starts.trim().split(/\s+/).map(Number),
    text: lines.map((line, i) => (i < headerLines ? '' : line)).join('\n'),
  };
}
