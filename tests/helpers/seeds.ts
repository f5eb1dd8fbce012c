import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAuthorities } from '../../scripts/ingest/parse/match-authority.ts';

import { ROOT } from './paths.ts';

export { ROOT };

/** The 152 authorities, as ingest loads them. */
export const AUTHORITIES = parseAuthorities(
  readFileSync(join(ROOT, 'content/authorities.csv'), 'utf8'),
);

/** Seed file names, sorted. */
export const SEED_FILES = readdirSync(join(ROOT, 'seeds')).sort();

/** Bytes of a seed file. */
export function seedBytes(name: string): Uint8Array {
  return readFileSync(join(ROOT, 'seeds', name));
}
