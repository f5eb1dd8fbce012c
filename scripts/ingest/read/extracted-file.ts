import { createHash } from 'node:crypto';
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
 * PDF (its SHA-256), by which reader, the SHA-256 of the text below (so an
 * edit is noticed and overwritten), the lines where the pages start and the
 * furniture removed; then the text.
 */
export function formatExtracted(
  pdf: string,
  sha256: string,
  reader: string,
  extracted: { text: string; pageStarts: number[]; removed: string[] },
): string {
  const header = [
    `# GENERATED from ${pdf} by scripts/ingest/read/ — do not edit: the PDF is read again whenever its bytes change.`,
    '# Edits here are overwritten: to change what a document says, see docs/adding-documents.md.',
    `# pdf-sha256: ${sha256}`,
    `# reader: ${reader}`,
    `# text-sha256: ${textHash(extracted.text)}`,
    '# page-starts: PAGES',
    `# furniture-removed: ${extracted.removed.length} line(s)${extracted.removed.length ? `, e.g. "${extracted.removed[0].replace(/"/g, "'")}"` : ''}`,
    '',
  ];
  const offset = header.length;
  header[5] = `# page-starts: ${extracted.pageStarts.map((line) => line + offset).join(' ')}`;
  return `${header.join('\n')}\n${extracted.text}`;
}

/**
 * The extracted file is current for these PDF bytes and this reader, and its
 * text is as extracted: else the PDF is read again.
 */
export function isCurrent(content: string, sha256: string, reader: string): boolean {
  const header = content.slice(0, content.indexOf('\n\n') + 2);
  const text = content.slice(header.length);
  return (
    header.includes(`\n# pdf-sha256: ${sha256}\n`) &&
    header.includes(`\n# reader: ${reader}\n`) &&
    header.includes(`\n# text-sha256: ${textHash(text)}\n`)
  );
}

function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The extracted file's text → its PDF hash, page starts and text (header blanked). Throws on a file that is not one. */
export function parseExtracted(file: string, content: string): ExtractedFile {
  const lines = content.split('\n');
  const sha256 = /^# pdf-sha256: ([0-9a-f]{64})$/m.exec(content)?.[1];
  const starts = /^# page-starts: ([\d ]+)$/m.exec(content)?.[1];
  if (!HEAD.test(lines[0]) || !sha256 || !starts) {
    throw new IngestError(
      `${file} is not a text file generated from a PDF (header missing or changed) — delete it and run ingest again`,
      1,
    );
  }
  const headerLines = lines.findIndex((line) => !line.startsWith('#'));
  return {
    sha256,
    pageStarts: starts.trim().split(/\s+/).map(Number),
    text: lines.map((line, i) => (i < headerLines ? '' : line)).join('\n'),
  };
}
