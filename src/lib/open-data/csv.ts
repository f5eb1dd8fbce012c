/**
 * Finding rows as RFC 4180 CSV (UTF-8, CRLF, a header row), serialised by
 * csv-stringify (https://csv.js.org/stringify/) so quotes, commas and line
 * breaks inside a finding's text are quoted correctly. Pure.
 */
import { stringify } from 'csv-stringify/sync';
import { FINDING_COLUMNS } from './finding-fields.ts';
import type { FindingRow } from './finding-rows.ts';

/** A JSON value as CSV text: lists joined by `;` (theme ids never contain one), null as empty. */
export function csvCell(value: FindingRow[keyof FindingRow]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

/** The CSV file: header, then one record per row, columns in FINDING_COLUMNS order. */
export function findingsCsv(rows: readonly FindingRow[]): string {
  const records = rows.map((row) => FINDING_COLUMNS.map((c) => csvCell(row[c])));
  return stringify(records, {
    header: true,
    columns: FINDING_COLUMNS,
    record_delimiter: 'windows',
  });
}
