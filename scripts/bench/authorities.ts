/**
 * Reads the authority list for the corpus generator. Kept apart from generate-corpus.ts so the
 * generator stays pure and testable without the file system.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { AuthorityRow } from './councils.ts';

/** Default location of the authority list, relative to the repository root. */
export const AUTHORITIES_CSV = 'content/authorities.csv';

/** Rows of authorities.csv (name and type; the other columns are not needed here). */
export function readAuthorities(path: string = AUTHORITIES_CSV): AuthorityRow[] {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return rows.map((r) => {
    if (!r.name || !r.type)
      throw new Error(`${path}: row without name or type: ${JSON.stringify(r)}`);
    return { name: r.name, type: r.type };
  });
}
