/**
 * The theme codebook as CSV for tools that read codebooks only as CSV (Taguette:
 * a `tag` column and a `description` column). The same codes as themes.qdc, in
 * taxonomy order. Pure.
 */
import { stringify } from 'csv-stringify/sync';
import type { CodebookTheme } from './qdc.ts';

/** `tag,description` rows, RFC 4180 with CRLF. */
export function codebookCsv(themes: readonly CodebookTheme[]): string {
  return stringify(
    themes.map((t) => [t.label, `${t.description} (Front Door Findings theme id: ${t.id})`]),
    { header: true, columns: ['tag', 'description'], record_delimiter: 'windows' },
  );
}
