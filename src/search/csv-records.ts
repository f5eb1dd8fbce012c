/**
 * The rows of `findings.csv` for a set of finding ids, as CSV text: the
 * search page's "Download these results" keeps the open-data file's columns
 * and quoting exactly by copying its records, never re-serialising them.
 * RFC 4180 records: a quoted field may hold commas, quotes ("") and line breaks. Pure.
 */

/** The file's records, each with its line ending, in order (the header first). */
export function csvRecords(csv: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      records.push(csv.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < csv.length) records.push(`${csv.slice(start)}\n`);
  return records;
}

/** The first field of a record (an id: never quoted). */
const firstField = (record: string): string => record.slice(0, record.search(/[,\r\n]/));

/** The header and the records of `ids`, in the order of `ids`; throws if an id has no record. */
export function csvForIds(csv: string, ids: readonly string[]): string {
  const [header, ...rows] = csvRecords(csv);
  if (header === undefined) throw new Error('findings.csv is empty');
  const byId = new Map(rows.map((r) => [firstField(r), r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`findings.csv has no row for ${missing.join(', ')}`);
  return header + ids.map((id) => byId.get(id)).join('');
}
