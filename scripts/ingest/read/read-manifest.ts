import { parse } from 'csv-parse/sync';
import type { FileError, SourceEntry } from '../ingest-documents.ts';

/** The manifest's entries by file name, and its bad rows. */
export interface Manifest {
  entries: Map<string, SourceEntry>;
  errors: FileError[];
}

/**
 * `sources.csv` (columns `file,url,title`; title optional) → provenance by
 * file name. A row with an unknown file, a second row for one file, or an
 * address that is not http(s) is reported with its line; the others apply.
 */
export function readManifest(
  csv: string,
  files: ReadonlySet<string>,
  name = 'sources.csv',
): Manifest {
  const entries = new Map<string, SourceEntry>();
  const errors: FileError[] = [];
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    });
  } catch (error) {
    return {
      entries,
      errors: [
        {
          file: name,
          message: `not readable as CSV (${error instanceof Error ? error.message : String(error)}) — expected a header line "file,url,title" and one row per file`,
        },
      ],
    };
  }
  for (const { record, info } of rows) {
    const at = { file: name, line: info.lines };
    const file = record.file ?? '';
    const url = record.url ?? '';
    if (!files.has(file))
      errors.push({
        ...at,
        message: `no file "${file}" in the input folder — correct the name or remove the row`,
      });
    else if (entries.has(file))
      errors.push({ ...at, message: `"${file}" has a row already — keep one row per file` });
    else if (url !== '' && !isWebAddress(url))
      errors.push({
        ...at,
        message: `"${url}" is not a web address — give the http(s) address the PDF was downloaded from`,
      });
    else
      entries.set(file, {
        ...(url ? { url } : {}),
        ...(record.title ? { title: record.title } : {}),
      });
  }
  return { entries, errors };
}

function isWebAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
